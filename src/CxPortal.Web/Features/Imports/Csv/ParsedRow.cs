using CxPortal.Web.Features.Responses;

namespace CxPortal.Web.Features.Imports.Csv;

/// <summary>A response read from a row, with the label its errors are reported under (a field or a column name).</summary>
public sealed record LabeledInput(string? Label, ResponseInput Input);

/// <summary>The responses one CSV row holds, and what could not even be read from it.</summary>
public sealed record ParsedRow(long Line, IReadOnlyList<LabeledInput> Inputs, IReadOnlyList<string> Problems);

/// <summary>Turns the rows of one file layout into responses.</summary>
public interface IResponseRows
{
    /// <summary>What is wrong with the header as a whole (missing or unknown columns); the file is rejected.</summary>
    IReadOnlyList<string> HeaderProblems { get; }

    ParsedRow Parse(CsvSource source);
}
