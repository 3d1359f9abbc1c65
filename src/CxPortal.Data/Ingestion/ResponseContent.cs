using System.Buffers;
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
    // Computed for every ingested row: one reused builder and pooled buffers per thread keep it
    // allocation-free. The text hashed, and so every stored fingerprint, is unchanged.
    [ThreadStatic]
    private static StringBuilder? t_text;

    public static long Hash(StagedResponse r)
    {
        var text = (t_text ??= new StringBuilder(256)).Clear()
            .Append((int)r.SubjectKind).Append('|').Append(r.SubjectId).Append('|')
            .Append(r.ScaleId).Append('|').Append(r.Score).Append('|')
            .Append(r.RespondedAt.Ticks).Append('|')
            .Append(r.RespondentId).Append('|').Append(r.Comment);
        foreach (var s in InDimensionOrder(r.Segments))
        {
            text.Append('|').Append(s.DimensionId).Append('=').Append(s.SegmentValueId);
        }

        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            text.CopyTo(0, chars, 0, text.Length);
            var length = Encoding.UTF8.GetBytes(chars, 0, text.Length, bytes, 0);
            Span<byte> digest = stackalloc byte[32];
            SHA256.HashData(bytes.AsSpan(0, length), digest);
            return BinaryPrimitives.ReadInt64LittleEndian(digest);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The segments ordered by dimension (a stable sort), without sorting when they already are.</summary>
    private static IEnumerable<SegmentRef> InDimensionOrder(IReadOnlyList<SegmentRef> segments)
    {
        for (var i = 1; i < segments.Count; i++)
        {
            if (segments[i].DimensionId < segments[i - 1].DimensionId)
            {
                return segments.OrderBy(s => s.DimensionId);
            }
        }
        return segments;
    }
}
