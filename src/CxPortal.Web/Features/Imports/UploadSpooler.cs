using System.Buffers;
using System.Text.Unicode;

namespace CxPortal.Web.Features.Imports;

/// <summary>An upload copied to disk, where its import job reads it (twice) and deletes it.</summary>
/// <param name="Lines">Line breaks counted while copying: an estimate of the rows before the job counts them.</param>
public sealed record SpooledUpload(string Path, string FileName, long Bytes, long Lines);

/// <summary>Why an upload was refused before any job was made.</summary>
public sealed record UploadProblem(string Message, bool TooLarge = false);

/// <summary>
/// Copies an upload to a file in chunks (never the whole file in memory), refusing it when it is
/// empty, too large or not UTF-8: checking the bytes on the way costs nothing extra and gives the
/// uploader the error at once, with the line of the first bad byte.
/// </summary>
public static class UploadSpooler
{
    public const long MaxBytes = 200L * 1024 * 1024;
    private const int Chunk = 128 * 1024;

    public static async Task<(SpooledUpload? Upload, UploadProblem? Problem)> SpoolAsync(
        Stream source, string fileName, string folder, CancellationToken ct, long maxBytes = MaxBytes)
    {
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, $"{Guid.NewGuid():N}.csv");
        var buffer = ArrayPool<byte>.Shared.Rent(Chunk + 4);
        var chars = ArrayPool<char>.Shared.Rent(Chunk + 4);
        try
        {
            long bytes = 0, lines = 0;
            var pending = 0; // bytes of a character split across two reads
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, Chunk, useAsync: true))
            {
                int read;
                while ((read = await source.ReadAsync(buffer.AsMemory(pending, Chunk), ct)) > 0)
                {
                    bytes += read;
                    if (bytes > maxBytes)
                    {
                        return Refuse(path, new UploadProblem($"The file is larger than {maxBytes / (1024 * 1024)} MB; split it.", TooLarge: true));
                    }
                    var (consumed, bad, newLines) = Scan(buffer, pending + read, chars, isFinal: false);
                    if (bad is { } offset)
                    {
                        return Refuse(path, NotUtf8(buffer.AsSpan(0, pending + read), offset, lines));
                    }
                    lines += newLines;
                    await file.WriteAsync(buffer.AsMemory(0, consumed), ct);
                    pending = pending + read - consumed;
                    buffer.AsSpan(consumed, pending).CopyTo(buffer);
                }
                if (pending > 0 && Invalid(buffer.AsSpan(0, pending), chars, isFinal: true, out _) is { } last)
                {
                    return Refuse(path, NotUtf8(buffer.AsSpan(0, pending), last, lines));
                }
                await file.WriteAsync(buffer.AsMemory(0, pending), ct);
            }
            if (bytes == 0)
            {
                return Refuse(path, new UploadProblem("The file is empty (0 bytes)."));
            }
            return (new SpooledUpload(path, SafeName(fileName), bytes, lines), null);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The upload's own name without any folder part, cut to fit the job's column.</summary>
    public static string SafeName(string? fileName) =>
        System.IO.Path.GetFileName(fileName) is { Length: > 0 } name ? name[..Math.Min(name.Length, 200)] : "upload.csv";

    private static (int Consumed, int? Bad, long NewLines) Scan(byte[] buffer, int length, char[] chars, bool isFinal)
    {
        var data = buffer.AsSpan(0, length);
        var bad = Invalid(data, chars, isFinal, out var consumed);
        return (consumed, bad, data[..consumed].Count((byte)'\n'));
    }

    /// <summary>The offset of the first invalid byte, or null; <paramref name="consumed"/> excludes a character cut at the end.</summary>
    private static int? Invalid(ReadOnlySpan<byte> data, char[] chars, bool isFinal, out int consumed)
    {
        consumed = 0;
        while (consumed < data.Length)
        {
            var status = Utf8.ToUtf16(data[consumed..], chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: isFinal);
            consumed += read;
            switch (status)
            {
                case System.Buffers.OperationStatus.InvalidData:
                    return consumed;
                case System.Buffers.OperationStatus.NeedMoreData:
                    return null;
                case System.Buffers.OperationStatus.Done:
                    return null;
            }
        }
        return null;
    }

    private static UploadProblem NotUtf8(ReadOnlySpan<byte> data, int offset, long linesBefore)
    {
        var line = linesBefore + data[..offset].Count((byte)'\n') + 1;
        return new UploadProblem(
            $"The file is not UTF-8 text: byte 0x{data[offset]:X2} on line {line} is not valid UTF-8. " +
            "Save it as \"CSV UTF-8\" and upload it again.");
    }

    private static (SpooledUpload?, UploadProblem?) Refuse(string path, UploadProblem problem)
    {
        File.Delete(path);
        return (null, problem);
    }
}
