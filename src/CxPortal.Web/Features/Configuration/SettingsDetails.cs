namespace CxPortal.Web.Features.Configuration;

public sealed record SettingsDetails(
    double CriticalBelow,
    double WeakBelow,
    double LaggingGap,
    int LowSampleBelow,
    double MaskingIndexMin,
    double ConfidenceLevel,
    DateTime UpdatedAt);
