namespace CxPortal.Data.Configurations;

/// <summary>Column lengths, shared by the model and by input validation.</summary>
public static class Limits
{
    public const int Code = 64;
    public const int Name = 200;
    public const int Text = 2000;
    public const int ExternalId = 200;
    public const int Respondent = 200;
    public const int Comment = 4000;
    public const int SegmentValue = 200;
}
