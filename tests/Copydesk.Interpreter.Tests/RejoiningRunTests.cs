using System.Linq;
using System.Text.Json;
using Copydesk.Interpreter.Tests.BackEnds;
using Copydesk.Testing;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// A repetition of parts inside a part, whose items read different numbers of lines, is read in linear work: a retry
/// that starts between the items of a remembered run reads items only until it reaches a line where a remembered run
/// has an item boundary, and from there shares that run's items instead of reading them again. The documents are
/// those a fresh read gives.
/// </summary>
public sealed class RejoiningRunTests
{
    // The section is tried at every line, so with no label a section fails after reading every entry to the end, and
    // is retried from the second line of each two-line entry.
    private const string Sections = RejoiningSections.Schema;

    [Fact]
    public void Twice_the_lines_cost_twice_the_line_reads_when_retries_start_between_the_items_of_a_remembered_run()
    {
        long once = LineReads(Sections, RejoiningSections.Entries(2_000));
        long twice = LineReads(Sections, RejoiningSections.Entries(4_000));

        Assert.InRange(twice, 2 * once - 16, 2 * once + 16);
    }

    [Theory]
    [EachBackEnd]
    public void A_part_retried_between_the_items_of_a_remembered_run_gets_its_own_first_item_then_the_items_it_shares(BackEnd backEnd)
    {
        // Tagged reads the section from line 1 and fails for want of a code after it; Late then reads the section from
        // line 2, the sentence of the first entry, which is one entry of one line, then the entries remembered from line 1.
        ArticleOutcome outcome = backEnd.Read(SharedSections, "AB-0\nSentence 0.\nAB-1\nSentence 1.\nAB-2\nSentence 2.\nClose\n");

        using JsonDocument json = JsonDocument.Parse(outcome.Json!);
        JsonElement late = Assert.Single(json.RootElement.GetProperty("body").EnumerateArray());
        Assert.Equal("late", late.GetProperty("$type").GetString());
        Assert.Equal("AB-0", late.GetProperty("skip").GetString());
        JsonElement[] entries = [.. late.GetProperty("section").GetProperty("entries").EnumerateArray()];
        Assert.Equal(["Sentence 0.", "Sentence 1.", "Sentence 2."], entries.Select(e => e.GetProperty("text").GetString()));
        Assert.Equal(["AB-1", "AB-2"], entries[1..].Select(e => e.GetProperty("code").GetString()));
        Assert.Equal("Close", late.GetProperty("section").GetProperty("close").GetString());
    }

    [Theory]
    [EachBackEnd]
    public void A_bounded_repeat_that_shares_a_run_takes_its_own_item_and_no_more_shared_ones_than_its_bound_allows(BackEnd backEnd)
    {
        // With at most 20 entries, the section from line 1 takes 20 entries of two lines and the code of the 21st as its
        // label, and Tagged fails for want of a code after it. Late reads the section from line 2: one entry of its own
        // (the sentence) and 19 shared with the run from line 1, its bound, then the same label, as a fresh read would.
        string bounded = SharedSections.Replace("repeat: 0+ }", "repeat: 0..20 }", System.StringComparison.Ordinal);
        ArticleOutcome outcome = backEnd.Read(bounded, RejoiningSections.Entries(21) + "Close\n");

        using JsonDocument json = JsonDocument.Parse(outcome.Json!);
        JsonElement[] body = [.. json.RootElement.GetProperty("body").EnumerateArray()];
        Assert.Equal(["late", "late"], body.Select(b => b.GetProperty("$type").GetString()));
        JsonElement section = body[0].GetProperty("section");
        JsonElement[] entries = [.. section.GetProperty("entries").EnumerateArray()];
        Assert.Equal(20, entries.Length);
        Assert.Equal(JsonValueKind.Null, entries[0].GetProperty("code").ValueKind);
        Assert.Equal(("Sentence 0.", "AB-19", "AB-20"), (entries[0].GetProperty("text").GetString(), entries[19].GetProperty("code").GetString(), section.GetProperty("close").GetString()));
        Assert.Equal("""{"$type":"late","skip":"Sentence 20.","section":{"entries":[],"close":"Close"}}""", body[1].GetRawText());
    }

    [Theory]
    [EachBackEnd]
    public void A_repeat_after_a_marker_that_shares_a_run_gets_its_own_first_item_then_the_shared_ones_once_its_part_matched(BackEnd backEnd)
    {
        // Tagged finds the marker on line 2, reads its notes from line 3 and fails for want of a code after the label;
        // Late takes line 2 as its own marker, finds the notes' marker on line 3 and reads its notes from line 4: one
        // note of one line of its own, then the note remembered from line 5, listed once Late has matched.
        ArticleOutcome outcome = backEnd.Read(NotesAfterAMarker, "Notes\nNote\nNote\nSentence 0.\nNote\nSentence 1.\nClose\n");

        using JsonDocument json = JsonDocument.Parse(outcome.Json!);
        JsonElement[] body = [.. json.RootElement.GetProperty("body").EnumerateArray()];
        Assert.Equal(["other", "late"], body.Select(b => b.GetProperty("$type").GetString()));
        JsonElement section = body[1].GetProperty("section");
        Assert.Equal(["Sentence 0.", "Sentence 1."], section.GetProperty("notes").EnumerateArray().Select(e => e.GetProperty("text").GetString()));
        Assert.Equal([null, "Note"], section.GetProperty("notes").EnumerateArray().Select(e => e.GetProperty("mark").GetString()));
        Assert.Equal("Close", section.GetProperty("close").GetString());
    }

    /// <summary>
    /// Notes after a <c>Note</c> marker, each a sentence that may follow a <c>Note</c> marker line of its own, so a
    /// marker line both opens the repeat and starts a note: Late reads the notes from inside a run Tagged read.
    /// </summary>
    internal const string NotesAfterAMarker = "copydesk: 1\ntype: NotesAfterAMarker\n" + """
        lines:
          code: { pattern: "^[A-Z]{2}-[0-9]+$" }
        parts:
          Note:
            - mark: { marker: "Note", optional: true }
            - text: sentence
          Section:
            - notes: { after: "Note", part: Note, repeat: 0+ }
            - close: label
          Tagged:
            - section: Section
            - tag: code
          Late:
            - skip: { marker: "Note" }
            - section: Section

        """ + TaggedOrLate;

    /// <summary>
    /// The section of <see cref="Sections"/>, read by two parts: one that needs a code after it, and one that skips a
    /// line first, so the second reads the section from inside the first entry of the section the first one read.
    /// </summary>
    internal const string SharedSections = "copydesk: 1\ntype: SharedSections\n" + RejoiningSections.EntriesAndSections + "\n" + """
          Tagged:
            - section: Section
            - tag: code
          Late:
            - skip: any
            - section: Section

        """ + TaggedOrLate;

    // A body that tries Tagged, then Late, at every line.
    private const string TaggedOrLate = """
        layout:
          - body:
              repeat: 0+
              oneOf:
                - tagged: Tagged
                - late: Late
                - other: any
        """;

    private static long LineReads(string schema, string article)
    {
        var trace = new AttemptCounter();
        Assert.True(TestFiles.Inline(schema).Parse(article, trace).Succeeded);
        return trace.Attempts;
    }
}
