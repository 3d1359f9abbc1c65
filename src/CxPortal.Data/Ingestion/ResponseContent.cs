using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace CxPortal.Data.Ingestion;

/// <summary>
/// A fingerprint of a response's content. A re-sent id with the same fingerprint is a duplicate
/// (idempotent retry); with another fingerprint it is a conflict.
/// </summary>
public static class ResponseContent
{
    public static long Hash(StagedResponse r)
    {
        var text = new StringBuilder()
            .Append((int)r.SubjectKind).Append('|').Append(r.SubjectId).Append('|')
            .Append(r.ScaleId).Append('|').Append(r.Score).Append('|')
            .Append(r.RespondedAt.Ticks).Append('|')
            .Append(r.RespondentId).Append('|').Append(r.Comment);
        foreach (var s in r.Segments.OrderBy(s => s.DimensionId))
        {
            text.Append('|').Append(s.DimensionId).Append('=').Append(s.SegmentValueId);
        }
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()), digest);
        return BinaryPrimitives.ReadInt64LittleEndian(digest);
    }
}
