namespace CxPortal.Web.Features.Imports;

/// <summary>
/// Checks a wide mapping before any file is read: every code it names exists (the message names the
/// unknown one), the respondent id and the date have a source, no column is mapped twice. Whether
/// the columns exist is up to each file's header, checked when the file is read.
/// </summary>
public static class WideMappingChecker
{
    public static List<string> Problems(WideMapping mapping, IngestionLookups lookups)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(mapping.RespondentColumn))
        {
            problems.Add("respondentColumn: name the column with the respondent id; each rating's id is made from it.");
        }
        if (string.IsNullOrWhiteSpace(mapping.DateColumn) == (mapping.FixedDate is null))
        {
            problems.Add("dateColumn: give either a date column or a fixed date (fixedDate, yyyy-MM-dd), not both or neither.");
        }
        var columns = mapping.Columns ?? [];
        if (columns.Count == 0 && mapping.Overall is null)
        {
            problems.Add("columns: map at least one column to a touchpoint, or an overall column to a journey.");
        }
        for (var i = 0; i < columns.Count; i++)
        {
            var c = columns[i];
            Require(problems, $"columns[{i}].column", c.Column);
            Known(problems, $"columns[{i}].touchpoint", "Touchpoint", c.Touchpoint, lookups.Touchpoints.ContainsKey);
            Known(problems, $"columns[{i}].scale", "Scale", c.Scale, lookups.Scales.ContainsKey);
        }
        if (mapping.Overall is { } overall)
        {
            Require(problems, "overall.column", overall.Column);
            Known(problems, "overall.journey", "Journey", overall.Journey, lookups.Journeys.ContainsKey);
            Known(problems, "overall.scale", "Scale", overall.Scale, lookups.Scales.ContainsKey);
            if (overall.Scale is { } code && lookups.Scales.TryGetValue(code, out var scale))
            {
                problems.AddRange((overall.Values ?? new Dictionary<string, int>()).Where(v => !scale.Contains(v.Value))
                    .Select(v => $"overall.values: '{v.Key}' → {scale.OutsideMessage(v.Value)}."));
            }
        }
        var segments = mapping.Segments ?? [];
        for (var i = 0; i < segments.Count; i++)
        {
            Require(problems, $"segments[{i}].column", segments[i].Column);
            Known(problems, $"segments[{i}].dimension", "Segment dimension", segments[i].Dimension, lookups.Dimensions.ContainsKey);
        }

        var mapped = columns.Select(c => c.Column).Concat(segments.Select(s => s.Column))
            .Append(mapping.Overall?.Column).Append(mapping.RespondentColumn).Append(mapping.DateColumn)
            .Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim());
        problems.AddRange(mapped.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"Column '{g.Key}' is mapped {g.Count()} times; map each column once."));
        problems.AddRange(columns.Where(c => !string.IsNullOrWhiteSpace(c.Touchpoint)).GroupBy(c => c.Touchpoint!.Trim())
            .Where(g => g.Count() > 1)
            .Select(g => $"Touchpoint '{g.Key}' is mapped from {g.Count()} columns; their ratings would share ids."));
        return problems;
    }

    private static void Require(List<string> problems, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{field}: required.");
        }
    }

    private static void Known(List<string> problems, string field, string what, string? code, Func<string, bool> exists)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            problems.Add($"{field}: required.");
        }
        else if (!exists(code.Trim()))
        {
            problems.Add($"{field}: {what} '{code.Trim()}' does not exist.");
        }
    }
}
