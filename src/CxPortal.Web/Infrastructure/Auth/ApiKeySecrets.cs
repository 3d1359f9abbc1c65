using System.Security.Cryptography;
using System.Text;

namespace CxPortal.Web.Infrastructure.Auth;

/// <summary>API key secrets: 192 random bits, shown once; only their SHA-256 is stored.</summary>
public static class ApiKeySecrets
{
    public const string Prefix = "cxk_";
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string Generate() => Prefix + RandomNumberGenerator.GetString(Alphabet, 32);

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The part of a secret shown in lists so people can tell keys apart.</summary>
    public static string Display(string secret) => secret.Length <= 8 ? secret : secret[..8];
}
