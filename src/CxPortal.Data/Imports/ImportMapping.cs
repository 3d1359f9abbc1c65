namespace CxPortal.Data.Imports;

/// <summary>A saved wide-format column mapping, offered again on the next upload.</summary>
public sealed class ImportMapping
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Json { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
}
