using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>
/// The items a cached repeat inside a part takes are listed only where the part's value is built, once every slot
/// has matched, with or without an <c>after:</c> marker, as the interpreter does: a part that fails after the repeat
/// never copies the items its run shares with a run it joined.
/// </summary>
public sealed class DeferredRepeatListingTests
{
    private const string NotesAfterAMarker = """
        copydesk: 1
        type: Notes
        namespace: Copydesk.Samples
        parts:
          Note:
            - text: sentence
          Section:
            - plain: { part: Note, repeat: 0+ }
            - notes: { after: "Notes", part: Note, repeat: 0+ }
            - close: label
        layout:
          - sections: { part: Section, repeat: 0+ }
        """;

    [Fact]
    public void The_after_method_of_a_cached_repeat_returns_the_items_taken_and_the_part_lists_them_once_it_matched()
    {
        string source = Generate(out Compilation output);

        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains("private bool MatchAfter_Part_Section_notes(int start, out global::Copydesk.Parsing.RepeatItems<global::Copydesk.Samples.Notes.Note> value, out int end)", source, System.StringComparison.Ordinal);
        Assert.Contains("        notes = default;\n", source, System.StringComparison.Ordinal);
        Assert.Contains("value = new global::Copydesk.Samples.Notes.Section(plain.ToList(), notes.ToList(), close, ", source, System.StringComparison.Ordinal);
        Assert.Contains("        value = notes;\n", source, System.StringComparison.Ordinal);
    }

    private static string Generate(out Compilation output)
    {
        var (run, compiled) = GeneratorHarness.Run(("/project/schemas/notes.schema.yaml", NotesAfterAMarker));
        Assert.Empty(run.Diagnostics);
        output = compiled;
        return Assert.Single(run.Results.Single().GeneratedSources).SourceText.ToString();
    }
}
