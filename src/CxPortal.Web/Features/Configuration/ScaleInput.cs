namespace CxPortal.Web.Features.Configuration;

/// <summary>A survey scale as written by the API and the admin dialog. Labels are keyed by score ("1": "Very dissatisfied").</summary>
public sealed record ScaleInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }

    /// <summary>nps, csat, ces or rating.</summary>
    public string? Kind { get; set; }

    public int? Min { get; set; }
    public int? Max { get; set; }

    /// <summary>Lowest satisfied score (the promoter line on nps).</summary>
    public int? SatisfiedMin { get; set; }

    /// <summary>Lowest very-satisfied (top-box) score.</summary>
    public int? TopBoxMin { get; set; }

    public Dictionary<string, string>? Labels { get; set; }

    public ScaleInput Normalised() => this with
    {
        Name = Name?.Trim(),
        Kind = Kind?.Trim().ToLowerInvariant(),
        Labels = Labels ?? [],
    };
}
