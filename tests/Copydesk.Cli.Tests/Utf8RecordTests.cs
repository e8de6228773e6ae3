using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Copydesk.Cli.Output;
using Copydesk.Json;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>JSON output as UTF-8 segments: the bytes written are the JSON, whole, in order, and large records are never gathered twice.</summary>
public sealed class Utf8RecordTests
{
    // Two- and three-byte characters, so segment ends fall inside characters.
    private static readonly string Paragraph = string.Concat(Enumerable.Repeat("Café owners said “enough” — ", 40_000));

    [Fact]
    public void A_record_spanning_segments_decodes_to_the_JSON_it_was_written_as()
    {
        using Utf8Record record = Utf8Record.Json(ContractJson.CompactOptions, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("text", Paragraph);
            writer.WriteEndObject();
        });

        string line = record.ToString();

        Assert.True(record.Length > 1_000_000, "the record spans several segments");
        Assert.EndsWith("\n", line);
        using JsonDocument parsed = JsonDocument.Parse(line);
        Assert.Equal(Paragraph, parsed.RootElement.GetProperty("text").GetString());
        Assert.Equal(record.Length, Encoding.UTF8.GetByteCount(line));
    }

    [Fact]
    public void A_record_up_to_the_limit_goes_out_in_one_write_call_and_a_larger_one_in_order_by_segment()
    {
        using Utf8Record small = Utf8Record.Json(ContractJson.CompactOptions, writer => writer.WriteStringValue(Paragraph));
        using Utf8Record large = Utf8Record.Json(ContractJson.CompactOptions, writer =>
        {
            writer.WriteStartArray();
            while (writer.BytesCommitted + writer.BytesPending <= Utf8Record.LargestSingleWrite)
            {
                writer.WriteStringValue(Paragraph);
            }

            writer.WriteEndArray();
        });
        var smallOutput = new CountingStream();
        var largeOutput = new CountingStream();

        small.WriteTo(smallOutput);
        large.WriteTo(largeOutput);

        Assert.Equal(1, smallOutput.Writes);
        Assert.Equal(small.ToString(), Encoding.UTF8.GetString(smallOutput.ToArray()));
        Assert.True(large.IsDeferred, "a record over the limit is not held");
        Assert.True(largeOutput.Writes > 1, "a record over the limit is written by segment");
        Assert.Equal(large.Length, largeOutput.Length);
        using JsonDocument parsed = JsonDocument.Parse(largeOutput.ToArray());
        Assert.All(parsed.RootElement.EnumerateArray(), item => Assert.Equal(Paragraph, item.GetString()));
    }

    [Fact]
    public void A_record_over_the_bound_is_not_held_and_writes_the_same_bytes_straight_to_the_stream_by_segment()
    {
        static void Write(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("text", Paragraph);
            writer.WriteEndObject();
        }

        using Utf8Record held = Utf8Record.Json(ContractJson.CompactOptions, Write);
        using Utf8Record deferred = Utf8Record.Json(ContractJson.CompactOptions, Write, limit: 1024);
        var heldOutput = new CountingStream();
        var deferredOutput = new CountingStream();

        Assert.False(held.IsDeferred);
        Assert.True(deferred.IsDeferred);
        Assert.Equal(0, deferred.Length);
        held.WriteTo(heldOutput);
        deferred.WriteTo(deferredOutput);

        Assert.Equal(heldOutput.ToArray(), deferredOutput.ToArray());
        Assert.Equal(held.Length, deferred.Length);
        Assert.True(deferredOutput.Writes > 1, "a deferred record goes out by segment");
    }

    [Fact]
    public void A_record_within_the_bound_is_held_whole()
    {
        using Utf8Record record = Utf8Record.Json(ContractJson.CompactOptions, writer => writer.WriteStringValue("é"), limit: 5);

        Assert.False(record.IsDeferred);
        Assert.Equal("\"é\"\n", record.ToString());
        Assert.Equal(5, record.Length);
    }

    [Fact]
    public void A_deferred_record_reads_as_text_too()
    {
        using Utf8Record record = Utf8Record.Json(ContractJson.CompactOptions, writer => writer.WriteStringValue(Paragraph), limit: 1024);

        using JsonDocument parsed = JsonDocument.Parse(record.ToString());

        Assert.Equal(Paragraph, parsed.RootElement.GetString());
    }

    [Fact]
    public void A_record_writer_sends_held_text_before_the_record_and_keeps_the_order()
    {
        var output = new CountingStream();
        var writer = new RecordWriter(output, "standard output");
        using Utf8Record record = Utf8Record.Json(ContractJson.CompactOptions, json => json.WriteStringValue("é"));

        writer.WriteLine("before");
        writer.Write(record);
        writer.WriteLine("after");
        writer.Flush();

        Assert.Equal("before\n\"é\"\nafter\n", Encoding.UTF8.GetString(output.ToArray()));
    }

    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }
    }
}
