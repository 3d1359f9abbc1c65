namespace CxPortal.Data.Accounts;

/// <summary>A machine credential. Only a SHA-256 hash of the secret is stored.</summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Scope { get; set; }

    /// <summary>The first characters of the secret, so people can tell keys apart.</summary>
    public required string Prefix { get; set; }

    public required string SecretHash { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
