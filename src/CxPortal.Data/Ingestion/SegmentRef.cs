namespace CxPortal.Data.Ingestion;

public readonly record struct SegmentRef(int DimensionId, int SegmentValueId);
