using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Reading;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>The loader runs inside the compiler: it never throws, and no file makes it expand, recurse or read without bound.</summary>
public sealed class HostileInputTests
{
    // Not a speed check (BenchmarkDotNet measures speed): a load that ran away would be cancelled here and fail the
    // test instead of hanging the run. What each test asserts is that nothing was expanded, recursed into or read.
    private static readonly TimeSpan RunawayGuard = TimeSpan.FromMinutes(1);

    private static SchemaLoadResult Guarded(string text)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        guard.CancelAfter(RunawayGuard);
        return SchemaLoader.Load(text, guard.Token);
    }

    [Fact]
    public void Billion_laughs_is_rejected_at_the_first_alias_without_expanding_anything()
    {
        var text = new StringBuilder("copydesk: 1\ntype: Story\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++)
        {
            text.Append($"lol{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        text.Append("layout:\n  - headline: *a9\n");

        SchemaLoadResult result = Guarded(text.ToString());

        Assert.Null(result.Schema);
        SchemaText.AssertAt(result.Diagnostics[0], "CD1002", 3, 1);
        Assert.Equal(["lol0", "the schema", ""], result.Diagnostics[0].Arguments);
        SchemaDiagnostic alias = result.Diagnostics.First(d => d.Id == "CD1024");
        AssertAt(alias, "CD1024", 4, 12);
        Assert.Equal("YAML aliases are not supported: write the value of '*a0' out in full here", alias.Message);
        Assert.Equal(91, result.Diagnostics.Count(d => d.Id == "CD1024"));
    }

    [Fact]
    public void An_alias_in_a_slot_is_CD1024_at_the_alias_and_nothing_else()
    {
        SchemaLoadResult result = Load("copydesk: 1", "type: Story", "layout:", "  - headline: &l label", "  - title: *l");

        Single(result, "CD1024", 5, 12);
    }

    [Theory]
    [InlineData('[', ']', "")]
    [InlineData('{', '}', "a: ")]
    public void Ten_thousand_nested_flow_collections_stop_at_the_depth_limit(char open, char close, string key)
    {
        string nested = string.Concat(Enumerable.Repeat(open + key, 10_000)) + "x" + new string(close, 10_000);

        SchemaLoadResult result = Guarded(Header + "layout: " + nested + "\n");

        // The top mapping is level 1, so the 64th collection after 'layout: ' is the 65th level.
        Single(result, "CD1019", 3, 9 + (63 * (1 + key.Length)));
        Assert.Contains("at most 64 levels", result.Diagnostics[0].Message);
    }

    [Fact]
    public void Ten_thousand_nested_block_sequences_stop_at_the_depth_limit()
    {
        string nested = string.Concat(Enumerable.Repeat("- ", 10_000)) + "x";

        SchemaLoadResult result = Guarded(Header + "layout:\n" + nested + "\n");

        Single(result, "CD1019", 4, 1 + (63 * 2));
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_accepted_and_read_without_deep_recursion()
    {
        // 60 nested 'not' predicates: the mapping levels are 1 (top) + 1 (lines) + 61.
        string predicate = string.Concat(Enumerable.Repeat("{ not: ", 60)) + "sentence" + new string('}', 60).Replace("}", " }");

        SchemaLoadResult result = Guarded(Header + "lines:\n  deep: " + predicate + "\n" + MinimalLayout);

        Assert.True(result.Diagnostics.Count == 0, Show(result));
    }

    [Fact]
    public void Thousands_of_unknown_names_against_thousands_of_classes_stay_fast()
    {
        var text = new StringBuilder(Header + "lines:\n");
        for (int i = 0; i < 3000; i++)
        {
            text.Append($"  class{i:D5}xyz: {{ not: klass{i:D5}xzy }}\n");
        }

        text.Append(MinimalLayout);

        SchemaLoadResult result = Guarded(text.ToString());

        Assert.Equal(3000, result.Diagnostics.Count(d => d.Id == "CD1007"));
    }

    [Fact]
    public void A_chain_of_thousands_of_parts_is_analysed_without_recursion_and_refused_as_too_deep()
    {
        var text = new StringBuilder(Header + "parts:\n");
        for (int i = 0; i < 20_000; i++)
        {
            text.Append($"  P{i}:\n    - text: sentence\n    - next: {{ part: P{i + 1}, optional: true }}\n");
        }

        text.Append("  P20000:\n    - text: sentence\nlayout:\n  - first: P0\n");

        SchemaLoadResult result = LoadText(text.ToString());

        // Parsing would recurse once per level, so the chain is refused (CD1019), after an analysis that does not recurse.
        Assert.Contains("(20001 in the deepest chain)", One(result, "CD1019").Message);
        Assert.Null(result.Schema);
    }

    [Fact]
    public void A_ten_megabyte_schema_is_CD1019_without_being_parsed()
    {
        string text = Header + "description: \"" + new string('x', 10 * 1024 * 1024) + "\"\n" + MinimalLayout;

        SchemaDiagnostic diagnostic = Single(Guarded(text), "CD1019", 1, 1);

        Assert.Equal("The schema exceeds a limit: the file has 10,485,828 characters; a schema may have at most 4,194,304", diagnostic.Message);
    }

    [Fact]
    public void A_schema_just_under_the_size_limit_is_read()
    {
        string prefix = Header + "description: \"";
        string suffix = "\"\n" + MinimalLayout;
        string text = prefix + new string('x', SchemaLoader.MaxLength - prefix.Length - suffix.Length) + suffix;

        SchemaLoadResult result = Guarded(text);

        Assert.Equal(SchemaLoader.MaxLength, text.Length);
        Assert.True(result.Diagnostics.Count == 0, Show(result));
    }

    [Fact]
    public void Null_text_is_an_empty_file()
    {
        SchemaLoadResult result = SchemaLoader.Load(null!, TestContext.Current.CancellationToken);

        Single(result, "CD1025", 1, 1);
    }

    [Fact]
    public void Random_edits_of_the_reference_schema_never_throw()
    {
        string reference = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "digest-story.schema.yaml"));
        const string Alphabet = " \n\t:-[]{},&*!|>'\"#?%@`0aZ.+~\\\u00a0\u2028\ud800";
        var random = new Random(20240601);
        for (int run = 0; run < 3000; run++)
        {
            var text = new StringBuilder(reference);
            int edits = 1 + random.Next(4);
            for (int e = 0; e < edits && text.Length > 0; e++)
            {
                int at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0:
                        text.Remove(at, Math.Min(1 + random.Next(8), text.Length - at));
                        break;
                    case 1:
                        text.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                        break;
                    default:
                        text[at] = Alphabet[random.Next(Alphabet.Length)];
                        break;
                }
            }

            string input = text.ToString();
            SchemaLoadResult result = SchemaLoader.Load(input, TestContext.Current.CancellationToken);

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CD1099");
            Assert.Equal(result.Schema is null, result.Diagnostics.Any(d => d.Descriptor.DefaultSeverity == SchemaSeverity.Error));
            Assert.All(result.Diagnostics, d => Assert.InRange(d.Range.StartOffset, 0, input.Length));
            Assert.Equal(result.Diagnostics.Select(d => d.Range.StartOffset).OrderBy(o => o), result.Diagnostics.Select(d => d.Range.StartOffset));
        }
    }

    [Fact]
    public void Cancellation_is_the_only_exception()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => SchemaLoader.Load(Header + MinimalLayout, cancelled.Token));
    }
}
