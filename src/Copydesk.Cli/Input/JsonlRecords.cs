using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace Copydesk.Cli.Input;

/// <summary>
/// Reads JSON-lines input (<c>--input jsonl</c>) one record at a time: memory holds one line, however long the input.
/// A line that is not a usable record becomes a record with a located <see cref="CliIssueCodes.BadRecord"/> problem,
/// and reading goes on with the next line. Blank lines are skipped; CRLF line ends and a leading byte order mark are
/// accepted. The input is UTF-8, as JSON is.
/// </summary>
public static class JsonlRecords
{
    // A line longer than this does not keep its buffer once read, so one huge record does not pin memory for the rest.
    private const int KeptBufferSize = 1 << 20;

    /// <summary>The records of <paramref name="stream"/>, in order.</summary>
    /// <param name="source">The input's name for output (<c>-</c> for standard input).</param>
    /// <param name="stream">The input; read to its end, not disposed.</param>
    /// <param name="fields">The field names.</param>
    /// <param name="maxRecordBytes">
    /// The most bytes of one line (<see cref="InputLimits"/>): a longer line is not kept but skipped to its end, and
    /// becomes a record with a <see cref="CliIssueCodes.TooLarge"/> problem at its line.
    /// </param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static async IAsyncEnumerable<ArticleRecord> ReadAsync(
        string source,
        Stream stream,
        RecordFields fields,
        long maxRecordBytes = InputLimits.DefaultMaxBytes,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fields);
        byte[] chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var line = new ArrayBufferWriter<byte>();
        int lineNumber = 0;
        bool oversized = false;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                int start = 0;
                while (start < read)
                {
                    int end = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                    int length = (end < 0 ? read : end) - start;
                    oversized |= line.WrittenCount + (long)length > maxRecordBytes;
                    if (!oversized)
                    {
                        line.Write(chunk.AsSpan(start, length));
                    }

                    if (end < 0)
                    {
                        break;
                    }

                    start = end + 1;
                    lineNumber++;
                    ArticleRecord? record = oversized ? TooLarge(source, lineNumber, maxRecordBytes) : ReadLine(source, lineNumber, line.WrittenMemory, fields);
                    oversized = false;
                    line = Reuse(line);
                    if (record is not null)
                    {
                        yield return record;
                    }
                }
            }

            if (oversized || line.WrittenCount > 0)
            {
                ArticleRecord? last = oversized ? TooLarge(source, lineNumber + 1, maxRecordBytes) : ReadLine(source, lineNumber + 1, line.WrittenMemory, fields);
                if (last is not null)
                {
                    yield return last;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Reads one line as a record; <see langword="null"/> for a blank line.</summary>
    public static ArticleRecord? ReadLine(string source, int lineNumber, ReadOnlyMemory<byte> line, RecordFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ReadOnlySpan<byte> bytes = line.Span;
        int skipped = lineNumber == 1 && bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        ReadOnlyMemory<byte> json = line[skipped..];
        if (json.Span.EndsWith("\r"u8))
        {
            json = json[..^1];
        }

        if (json.Span.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            int column = ColumnOf(json.Span, (int)(exception.BytePositionInLine ?? 0)) + (skipped > 0 ? 1 : 0);
            return Bad(source, lineNumber, column, null, null, $"line {lineNumber} is not JSON: {exception.Message.Split(" LineNumber:")[0].TrimEnd('.')}");
        }
        catch (ArgumentException)
        {
            // JsonDocument reports invalid UTF-8 this way.
            return Bad(source, lineNumber, 1, null, null, $"line {lineNumber} is not UTF-8 text");
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Bad(source, lineNumber, 1, null, null, $"line {lineNumber} is a JSON {Kind(root.ValueKind)}, not an object with \"{fields.Id}\" and \"{fields.Text}\"");
            }

            string? id = null;
            string? idJson = null;
            if (root.TryGetProperty(fields.Id, out JsonElement idValue) && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                idJson = idValue.GetRawText();
                id = idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : idJson;
            }
            else
            {
                return Bad(source, lineNumber, 1, null, null, $"the record on line {lineNumber} has no \"{fields.Id}\" field with a string or number");
            }

            if (!root.TryGetProperty(fields.Text, out JsonElement text) || text.ValueKind != JsonValueKind.String)
            {
                return Bad(source, lineNumber, 1, id, idJson, $"the record '{id}' on line {lineNumber} has no \"{fields.Text}\" field with a string");
            }

            return new ArticleRecord(source, lineNumber, id, idJson, text.GetString(), null);
        }
    }

    private static ArticleRecord Bad(string source, int line, int column, string? id, string? idJson, string reason) => new(
        source,
        line,
        id,
        idJson,
        null,
        new FileProblem(
            new ArticleIssue(CliIssueCodes.BadRecord, IssueSeverity.Error, string.Empty, $"cannot read the record: {reason}.", new SourceSpan(line, column, line, column + 1, 0, 1)),
            HasLocation: true));

    private static ArticleRecord TooLarge(string source, int line, long maxRecordBytes) => new(
        source,
        line,
        null,
        null,
        null,
        new FileProblem(
            new ArticleIssue(
                CliIssueCodes.TooLarge,
                IssueSeverity.Error,
                string.Empty,
                $"cannot read the record: line {line} is larger than the input size cap of {InputLimits.Describe(maxRecordBytes)}; raise the cap with --max-input-size.",
                new SourceSpan(line, 1, line, 2, 0, 1)),
            HasLocation: true));

    // Columns count UTF-16 code units, as everywhere else; the parser counts bytes.
    private static int ColumnOf(ReadOnlySpan<byte> line, int bytePosition) =>
        Encoding.UTF8.GetCharCount(line[..Math.Clamp(bytePosition, 0, line.Length)]) + 1;

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.Null => "null",
        _ => "boolean",
    };

    private static ArrayBufferWriter<byte> Reuse(ArrayBufferWriter<byte> line)
    {
        if (line.Capacity > KeptBufferSize)
        {
            return new ArrayBufferWriter<byte>();
        }

        line.ResetWrittenCount();
        return line;
    }
}
