using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Reading;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>
/// Property tests: whatever a schema file holds, loading it never throws, never hits an internal error (CD1099),
/// and either yields a model or at least one diagnostic located inside the text; a model always generates code
/// that compiles. The inputs are mutants of the valid schemas in <c>schemas/</c>: lines deleted, duplicated or
/// swapped, files cut short, random characters, invalid UTF-8 decoded with replacement characters, tabs, tokens
/// swapped for other tokens of the schema, huge scalars. Every mutant comes from its own seed, so a failure
/// names the one input to replay.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SchemaMutationPropertyTests(ITestOutputHelper output)
{
    private const int MutantCount = 100_000;

    /// <summary>Every this many mutants also goes through the whole generator, and its code through the compiler.</summary>
    private const int DriverSampling = 200;

    /// <summary>And every this many of the mutants that load, so more of the odd but valid schemas are compiled.</summary>
    private const int LoadedSampling = 100;

    private const string SchemaPath = "/project/schemas/mutant.schema.yaml";

    // Characters that mean something to YAML, white space and line breaks of every kind, controls, a byte order
    // mark, lone surrogates, a surrogate pair, bidi controls, replacement and non-characters.
    private const string Alphabet =
        " \t\n\r:-[]{},&*!|>'\"%@`#?~.+0123456789aZ_\\\u00a0\u0085\u2028\u2029\ufeff\0\u0001\u001b\ud800\udc00\u202e\u2066\ufffd\uffff\u00e9";

    private static readonly string[] Bases = GeneratorHarness.SchemaFileNames().Select(GeneratorHarness.ReadSchema).ToArray();

    private static readonly string[][] Vocabularies = Bases.Select(Vocabulary).ToArray();

    [Fact]
    public void Mutants_of_the_valid_schemas_load_to_a_model_or_located_diagnostics_and_never_crash()
    {
        Assert.NotEmpty(Bases);
        var failures = new ConcurrentQueue<string>();
        int loaded = 0, compiled = 0, driven = 0;
        var sampled = new ConcurrentDictionary<int, string>();
        var watch = Stopwatch.StartNew();
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;

        Parallel.For(0, MutantCount, new ParallelOptions { CancellationToken = cancellationToken }, (index, state) =>
        {
            (string text, string recipe) = Mutant(index);
            (string? failure, bool loads) = CheckLoad(text);
            if (failure is null && (index % DriverSampling == 0 || (loads && index % LoadedSampling == 0)))
            {
                sampled[index] = text;
            }

            if (failure is not null)
            {
                failures.Enqueue(Describe(index, recipe, text, failure));
                if (failures.Count >= 10)
                {
                    state.Stop();
                }
            }
        });
        TimeSpan loading = watch.Elapsed;

        // The sampled mutants through the generator: identical generated code is compiled once.
        var compiledSources = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        Parallel.ForEach(sampled.OrderBy(pair => pair.Key), new ParallelOptions { CancellationToken = cancellationToken }, pair =>
        {
            Interlocked.Increment(ref driven);
            (string? failure, bool generated, bool didCompile) = CheckGenerator(pair.Value, compiledSources);
            if (generated)
            {
                Interlocked.Increment(ref loaded);
            }

            if (didCompile)
            {
                Interlocked.Increment(ref compiled);
            }

            if (failure is not null)
            {
                failures.Enqueue(Describe(pair.Key, Mutant(pair.Key).Recipe, pair.Value, failure));
            }
        });

        output.WriteLine(
            $"{MutantCount:N0} mutants of {Bases.Length} schemas loaded in {loading.TotalSeconds:F1} s; {driven} through the generator " +
            $"({loaded} generated code, {compiled} distinct sources compiled) in {(watch.Elapsed - loading).TotalSeconds:F1} s.");
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Take(10)));

        // The property says something about code generation only if some mutants got that far.
        Assert.Equal(sampled.Count, driven);
        Assert.InRange(loaded, 1, driven);
        Assert.InRange(compiled, 1, loaded);
    }

    [Fact]
    public void Mutants_include_both_schemas_that_load_and_schemas_that_do_not()
    {
        // Guards the generator of mutants itself: the property above means little if every mutant failed to parse.
        int loads = 0, rejected = 0, warnings = 0;
        for (int index = 0; index < 2000; index++)
        {
            SchemaLoadResult result = SchemaLoader.Load(Mutant(index).Text, TestContext.Current.CancellationToken);
            loads += result.Schema is null ? 0 : 1;
            rejected += result.Schema is null ? 1 : 0;
            warnings += result.Schema is not null && result.Diagnostics.Count > 0 ? 1 : 0;
        }

        output.WriteLine($"Of 2,000 mutants, {loads} load ({warnings} with warnings) and {rejected} do not.");
        Assert.InRange(loads, 200, 1800);
        Assert.InRange(rejected, 200, 1800);
    }

    [Fact]
    public void An_alias_bomb_ends_with_a_diagnostic()
    {
        var text = new StringBuilder("copydesk: 1\ntype: Story\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 30; i++)
        {
            text.Append($"lol{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        text.Append("layout:\n  - headline: *a29\n");

        AssertRejectedByTheGenerator(text.ToString(), "CD1024");
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("- ", "")]
    public void Ten_thousand_levels_of_nesting_end_with_a_diagnostic(string open, string close)
    {
        string nested = string.Concat(Enumerable.Repeat(open, 10_000)) + "x" + string.Concat(Enumerable.Repeat(close, 10_000));

        AssertRejectedByTheGenerator("copydesk: 1\ntype: Story\nlayout:\n" + nested + "\n", "CD1019");
    }

    [Fact]
    public void A_ten_megabyte_schema_ends_with_a_diagnostic()
    {
        var text = new StringBuilder("copydesk: 1\ntype: Story\nlayout:\n");
        while (text.Length < 10 * 1024 * 1024)
        {
            text.Append("  - headline").Append(text.Length).Append(": { line: label, description: \"").Append('x', 200).Append("\" }\n");
        }

        AssertRejectedByTheGenerator(text.ToString(), "CD1019");
    }

    [Fact]
    public void A_chain_of_parts_at_the_depth_limit_generates_and_a_far_deeper_one_is_CD1019_without_recursing()
    {
        GeneratorDriverRunResult run = GeneratorHarness.CreateDriver([new GeneratorHarness.SchemaFile(SchemaPath, Chain(64))], trackSteps: false)
            .RunGenerators(GeneratorHarness.CreateCompilation("class Anchor { }"), TestContext.Current.CancellationToken)
            .GetRunResult();

        Assert.Null(run.Results.Single().Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Single(run.Results.Single().GeneratedSources);

        // 20,000 levels would recurse 20,000 deep in a parse; the analysis that says so does not recurse itself.
        AssertRejectedByTheGenerator(Chain(20_000), "CD1019");
    }

    // P0 → P1 → … → P{depth - 1}, each part a checked sentence and, optionally, the next part.
    private static string Chain(int depth)
    {
        var text = new StringBuilder("copydesk: 1\ntype: Story\nparts:\n");
        for (int i = 0; i < depth - 1; i++)
        {
            text.Append($"  P{i}:\n    - text: {{ line: sentence, check: {{ maxLength: 10 }} }}\n    - next: {{ part: P{i + 1}, optional: true }}\n");
        }

        return text.Append($"  P{depth - 1}:\n    - text: sentence\nlayout:\n  - first: P0\n").ToString();
    }

    private static void AssertRejectedByTheGenerator(string text, string id)
    {
        (GeneratorDriverRunResult run, Compilation compilation) = GeneratorHarness.Run((SchemaPath, text));

        Assert.Null(run.Results.Single().Exception);
        Assert.Contains(run.Diagnostics, d => d.Id == id && d.Location.SourceSpan.End <= text.Length);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CD1099" or "CS8785" or "CS8784");
        Assert.All(run.Results.Single().GeneratedSources, source => Assert.True(GeneratorHarness.IsStandIn(source)));
        Assert.DoesNotContain(compilation.GetDiagnostics(TestContext.Current.CancellationToken), d => d.Id is "CS8785" or "CS8784");
    }

    /// <summary>The properties of one load: the reason one fails (or <see langword="null"/>), and whether it gave a model.</summary>
    private static (string? Failure, bool Loads) CheckLoad(string text)
    {
        SchemaLoadResult result;
        try
        {
            result = SchemaLoader.Load(text, TestContext.Current.CancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return ("Load threw " + exception, false);
        }

        return (CheckResult(text, result), result.Schema is not null);
    }

    private static string? CheckResult(string text, SchemaLoadResult result)
    {
        if (result.Diagnostics.FirstOrDefault(d => d.Id == "CD1099") is { } internalError)
        {
            return "Internal error: " + internalError.Message;
        }

        bool hasErrors = result.Diagnostics.Any(d => d.Descriptor.DefaultSeverity == SchemaSeverity.Error);
        if (hasErrors != (result.Schema is null))
        {
            return $"Schema is {(result.Schema is null ? "null" : "set")} but errors: {hasErrors}";
        }

        if (result.Schema is null && result.Diagnostics.Count == 0)
        {
            return "No model and no diagnostic";
        }

        foreach (SchemaDiagnostic diagnostic in result.Diagnostics)
        {
            var range = diagnostic.Range;
            if (range.StartOffset < 0 || range.StartOffset > range.EndOffset || range.EndOffset > text.Length || range.StartLine < 1 || range.StartColumn < 1
                || (range.EndLine, range.EndColumn).CompareTo((range.StartLine, range.StartColumn)) < 0)
            {
                return $"{diagnostic.Id} has the range {range.StartLine}:{range.StartColumn}-{range.EndLine}:{range.EndColumn} [{range.StartOffset}, {range.EndOffset}) in a text of {text.Length} characters";
            }

            if (diagnostic.Id != "CD1019" && Position(text, range.StartOffset) != (range.StartLine, range.StartColumn))
            {
                return $"{diagnostic.Id} starts at offset {range.StartOffset}, which is {Position(text, range.StartOffset)}, but says {range.StartLine}:{range.StartColumn}";
            }

            if (Position(text, range.EndOffset) != (range.EndLine, range.EndColumn))
            {
                return $"{diagnostic.Id} ends at offset {range.EndOffset}, which is {Position(text, range.EndOffset)}, but says {range.EndLine}:{range.EndColumn}";
            }

            if (string.IsNullOrEmpty(diagnostic.Message))
            {
                return $"{diagnostic.Id} has no message";
            }
        }

        return null;
    }

    private static (string? Failure, bool Generated, bool Compiled) CheckGenerator(string text, ConcurrentDictionary<string, bool> compiledSources)
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        (GeneratorDriverRunResult run, Compilation compilation) = GeneratorHarness.Run((SchemaPath, text));
        GeneratorRunResult result = run.Results.Single();
        if (result.Exception is not null)
        {
            return ("The generator threw " + result.Exception, false, false);
        }

        if (run.Diagnostics.FirstOrDefault(d => d.Id is "CD1099" or "CS8785" or "CS8784") is { } crash)
        {
            return ("Generator crash: " + crash, false, false);
        }

        if (run.Diagnostics.FirstOrDefault(d => d.Location.GetLineSpan().Path != SchemaPath || d.Location.SourceSpan.End > text.Length) is { } misplaced)
        {
            return ("Diagnostic outside the schema: " + misplaced, false, false);
        }

        // A schema with errors may declare only the obsolete stand-in for its type.
        bool errors = run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (errors == result.GeneratedSources.Any(source => !GeneratorHarness.IsStandIn(source)))
        {
            return ($"Errors: {errors}, but {result.GeneratedSources.Length} generated sources", false, false);
        }

        if (errors)
        {
            return (null, false, false);
        }

        string source = result.GeneratedSources.Single().SourceText.ToString();
        if (!compiledSources.TryAdd(source, true))
        {
            return (null, true, false);
        }

        string problems = string.Join("\n", compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return (problems.Length == 0 ? null : "Generated code does not compile cleanly:\n" + problems, true, true);
    }

    /// <summary>The 1-based line and column of an offset, counting lines as the compiler does (CR, LF, CR LF, U+0085, U+2028, U+2029).</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        int line = 1, column = 1;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                column++;
            }
            else if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }

    /// <summary>Mutant number <paramref name="index"/>: always the same text, and a recipe that says how it was made.</summary>
    internal static (string Text, string Recipe) Mutant(int index)
    {
        var random = new Random(unchecked((index * 7919) + 20240601));
        int which = index % Bases.Length;
        string text = Bases[which];
        var recipe = new List<string> { $"schema #{which}" };
        int operations = 1 + random.Next(3);
        for (int i = 0; i < operations; i++)
        {
            // Per mille; huge scalars are rare because each costs as much as a thousand ordinary mutants.
            int kind = random.Next(1000);
            (text, string step) = kind switch
            {
                < 140 => DeleteLine(text, random),
                < 240 => DuplicateLine(text, random),
                < 340 => SwapLines(text, random),
                < 400 => Cut(text, random),
                < 580 => RandomCharacters(text, random),
                < 660 => InvalidUtf8(text, random),
                < 740 => Tabs(text, random),
                < 997 => SwapToken(text, random, Vocabularies[which]),
                _ => HugeScalar(text, random),
            };
            recipe.Add(step);
        }

        return (text, string.Join(", ", recipe));
    }

    private static string[] Lines(string text) => text.Split('\n');

    private static (string, string) DeleteLine(string text, Random random)
    {
        List<string> lines = Lines(text).ToList();
        int at = random.Next(lines.Count);
        lines.RemoveAt(at);
        return (string.Join("\n", lines), $"delete line {at + 1}");
    }

    private static (string, string) DuplicateLine(string text, Random random)
    {
        List<string> lines = Lines(text).ToList();
        int at = random.Next(lines.Count);
        lines.Insert(at, lines[at]);
        return (string.Join("\n", lines), $"duplicate line {at + 1}");
    }

    private static (string, string) SwapLines(string text, Random random)
    {
        string[] lines = Lines(text);
        int a = random.Next(lines.Length);
        int b = random.Next(2) == 0 ? Math.Min(lines.Length - 1, a + 1) : random.Next(lines.Length);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return (string.Join("\n", lines), $"swap lines {a + 1} and {b + 1}");
    }

    private static (string, string) Cut(string text, Random random)
    {
        int at = random.Next(text.Length + 1);
        return (text[..at], $"cut at {at}");
    }

    private static (string, string) RandomCharacters(string text, Random random)
    {
        var builder = new StringBuilder(text);
        int count = 1 + random.Next(8);
        for (int i = 0; i < count; i++)
        {
            int at = random.Next(builder.Length + 1);
            char c = Alphabet[random.Next(Alphabet.Length)];
            if (random.Next(2) == 0 || at == builder.Length)
            {
                builder.Insert(at, c);
            }
            else
            {
                builder[at] = c;
            }
        }

        return (builder.ToString(), $"{count} random characters");
    }

    private static (string, string) InvalidUtf8(string text, Random random)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
        {
            return (text, "no byte to corrupt");
        }

        int count = 1 + random.Next(6);
        for (int i = 0; i < count; i++)
        {
            // Lead bytes without continuation, lone continuation bytes, overlong forms, bytes never valid in UTF-8.
            byte[] bad = [0xC0, 0xC1, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF, 0x80, 0xBF, 0xFE];
            bytes[random.Next(bytes.Length)] = bad[random.Next(bad.Length)];
        }

        return (Encoding.UTF8.GetString(bytes), $"{count} invalid UTF-8 bytes");
    }

    private static (string, string) Tabs(string text, Random random)
    {
        string[] lines = Lines(text);
        int at = random.Next(lines.Length);
        string line = lines[at];
        int spaces = line.Length - line.TrimStart(' ').Length;
        lines[at] = spaces > 0 && random.Next(2) == 0
            ? new string('\t', 1 + random.Next(spaces)) + line.TrimStart(' ')
            : line.Insert(random.Next(line.Length + 1), "\t");
        return (string.Join("\n", lines), $"tab on line {at + 1}");
    }

    private static (string, string) SwapToken(string text, Random random, string[] vocabulary)
    {
        var tokens = System.Text.RegularExpressions.Regex.Matches(text, @"[A-Za-z_][A-Za-z0-9_]*|[0-9]+\+|[0-9]+\.\.[0-9]+|[0-9]+");
        if (tokens.Count == 0)
        {
            return (text, "no token to swap");
        }

        var token = tokens[random.Next(tokens.Count)];
        string replacement = vocabulary[random.Next(vocabulary.Length)];
        return (text[..token.Index] + replacement + text[(token.Index + token.Length)..], $"'{token.Value}' at {token.Index} → '{replacement}'");
    }

    private static (string, string) HugeScalar(string text, Random random)
    {
        string[] lines = Lines(text);
        int at = random.Next(lines.Length);
        int colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
        int length = 10_000 + random.Next(90_000);
        string huge = random.Next(3) switch
        {
            0 => new string('x', length),
            1 => "\"" + string.Concat(Enumerable.Repeat("\\u2028\\\" ", length / 9)) + "\"",
            _ => string.Concat(Enumerable.Repeat("word ", length / 5)),
        };
        lines[at] = colon < 0 ? huge : lines[at][..(colon + 2)] + huge;
        return (string.Join("\n", lines), $"{huge.Length:N0}-character scalar on line {at + 1}");
    }

    /// <summary>The words of a schema plus the language's keys and values, for mutations that stay plausible.</summary>
    private static string[] Vocabulary(string schema) =>
        System.Text.RegularExpressions.Regex.Matches(schema, "[A-Za-z_][A-Za-z0-9_]*").Select(m => m.Value)
            .Concat(["line", "part", "marker", "oneOf", "repeat", "optional", "after", "value", "capture", "check", "any", "sentence", "label",
                "0+", "1+", "2..3", "0", "true", "false", "quoted", "attribution", "text", "rest", "pattern", "not", "all", "endsWith",
                "minWords", "maxWords", "count", "severity", "warning", "span", "Span", "Parse", "value", "Value", "class", "__arglist"])
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private static string Describe(int index, string recipe, string text, string failure)
    {
        string shown = text.Length <= 4000 ? text : text[..4000] + $"… ({text.Length:N0} characters)";
        return $"Mutant {index} ({recipe}): {failure}\n--- text ---\n{shown}\n---";
    }
}
