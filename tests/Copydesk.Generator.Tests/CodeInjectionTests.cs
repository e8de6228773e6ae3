using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>
/// No schema can inject code. Hostile strings go into every position of a schema that reaches generated code;
/// each schema either gets an error diagnostic, or its code compiles without a warning (XML documentation
/// checked too) and, run in memory, gives the string back exactly: as a marker that matches, a prefix or suffix
/// that matches, a check message or allowed value in a validation message, a JSON property name or
/// <c>$type</c>, a type or namespace name, or the text of its documentation.
/// </summary>
[Trait("Category", "Slow")]
public sealed class CodeInjectionTests(ITestOutputHelper output)
{
    /// <summary>Strings that end literals, comments, lines or XML; control and format characters; names C# reserves.</summary>
    public static readonly string[] Corpus =
    [
        "\"", "\\", "\\\"", "\"\"\"", "'", "`", "*/", "/*", "// x", "/// <summary>", "\n", "\r\n", "\r", "a\nb", "\u2028", "a\u2029b", "x\u0085y",
        "#error boom", "\n#error boom\n", "x\n#line 1 \"evil.cs\"", "\"); global::System.Environment.Exit(1); //", "}}}} class Evil {", "{0}", "$\"{x}\"",
        "<summary>", "</param>", "&amp;", "<!--", "]]>", "&", "a\u202eb", "\u2066evil\u2069", "\u200f", "\ufeff", "\u00ad", "x\U000E0041y",
        "\ud800", "x\udc00y", "😀", "\0", "a\u0001b", "\t", "\u000b", "\uffff", "\ue000",
        "class", "@class", "__arglist", "record", "_", "value", "global", "Copydesk", "System", "ﬁ", "İ", "Ⅻ",
        "  padded  ", "x".PadRight(300, 'y'),
    ];

    private static readonly Position[] Positions =
    [
        new("description", h => $"description: {h}\nlayout:\n  - headline: label\n", Documentation),
        new("slotDescription", h => $"layout:\n  - headline: {{ line: label, description: {h} }}\n", ParameterDocumentation),
        new("marker", h => $"layout:\n  - headline: label\n  - credit: {{ marker: {h}, capture: rest, optional: true }}\n", Marker),
        new("after", h => $"layout:\n  - headline: label\n  - links: {{ after: {h}, line: sentence, repeat: 0+ }}\n", After),
        new("endsWith", h => $"lines:\n  special: {{ endsWith: {h} }}\nlayout:\n  - headline: label\n  - tail: {{ line: special, optional: true }}\n", EndsWith),
        new("startsWith", h => $"lines:\n  special: {{ startsWith: [{h}] }}\nlayout:\n  - headline: label\n  - tail: {{ line: special, optional: true }}\n", StartsWith),
        new("classPattern", h => $"lines:\n  special: {{ pattern: {h} }}\nlayout:\n  - headline: {{ line: special, optional: true }}\n  - rest: {{ line: any, repeat: 0+ }}\n", null),
        new("checkPattern", h => $"layout:\n  - headline: {{ line: label, check: {{ pattern: {h} }} }}\n", CheckPattern),
        new("checkMessage", h => $"layout:\n  - headline: {{ line: label, check: {{ maxLength: 1, message: {h} }} }}\n", CheckMessage),
        new("checkOneOf", h => $"layout:\n  - headline: {{ line: label, check: {{ oneOf: [{h}, other] }} }}\n", CheckOneOf),
        new("slotName", h => $"layout:\n  - {h}: label\n", SlotName),
        new("caseName", h => $"layout:\n  - body:\n      oneOf:\n        - {h}: label\n", CaseName),
        new("lineClassName", h => $"lines:\n  {h}: {{ maxWords: 3 }}\nlayout:\n  - headline: {h}\n", null),
        new("partName", h => $"parts:\n  {h}:\n    - text: label\nlayout:\n  - first: {h}\n", PartName),
        new("typeName", h => $"layout:\n  - headline: label\n", TypeName),
        new("namespace", h => $"layout:\n  - headline: label\n", Namespace),
    ];

    private delegate void RoundTrip(Probe probe, string hostile);

    [Fact]
    public void Hostile_strings_in_every_position_get_a_diagnostic_or_compile_and_round_trip()
    {
        var schemas = new List<Case>();
        foreach (Position position in Positions)
        {
            for (int i = 0; i < Corpus.Length; i++)
            {
                string hostile = Corpus[i];
                string yaml = Yaml(hostile);
                string type = position.Name == "typeName" ? yaml : $"S{schemas.Count}";
                string ns = position.Name == "namespace" ? yaml : $"Hostile.{position.Name}.N{i}";
                string text = $"copydesk: 1\ntype: {type}\nnamespace: {ns}\n" + position.Schema(yaml);
                schemas.Add(new Case(position, hostile, i, $"/project/hostile/{position.Name}/case{i}.schema.yaml", text, schemas.Count));
            }
        }

        CSharpParseOptions parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(DocumentationMode.Diagnose);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("namespace UserProject { internal static class Anchor { } }");
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions([new("CS1591", ReportDiagnostic.Suppress)]));
        GeneratorDriver driver = GeneratorHarness.CreateDriver(schemas.Select(s => new GeneratorHarness.SchemaFile(s.Path, s.Text)), trackSteps: false, parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _, TestContext.Current.CancellationToken);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        Assert.Null(run.Exception);

        var rejected = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Location.GetLineSpan().Path).ToHashSet();
        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CD1099" or "CS8785" or "CS8784");
        // A schema with errors declares at most the obsolete stand-in for its type; it must compile cleanly too.
        Dictionary<string, string> treeBySchema = run.GeneratedSources.Where(source => !GeneratorHarness.IsStandIn(source)).ToDictionary(
            source => schemas.Single(s => source.HintName.StartsWith($"hostile.{s.Position.Name}.case{s.CorpusIndex}.", StringComparison.Ordinal)).Path,
            source => source.SyntaxTree.FilePath);
        string[] standIns = run.GeneratedSources.Where(GeneratorHarness.IsStandIn).Select(source => source.SyntaxTree.FilePath).ToArray();

        // Everything that generated must compile without errors or warnings (XML documentation included).
        ILookup<string, Diagnostic> problems = generated.GetDiagnostics(TestContext.Current.CancellationToken)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToLookup(d => d.Location.SourceTree?.FilePath ?? string.Empty);
        var failures = new List<string>();
        foreach (Case schema in schemas)
        {
            bool hasErrors = rejected.Contains(schema.Path);
            if (hasErrors == treeBySchema.ContainsKey(schema.Path))
            {
                failures.Add($"{schema}: errors {hasErrors}, generated {treeBySchema.ContainsKey(schema.Path)}");
            }
            else if (!hasErrors && problems[treeBySchema[schema.Path]].Any())
            {
                failures.Add($"{schema}: the generated code does not compile cleanly:\n  " + string.Join("\n  ", problems[treeBySchema[schema.Path]]));
            }
        }

        failures.AddRange(standIns.SelectMany(tree => problems[tree]).Select(problem => "a stand-in does not compile cleanly: " + problem));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.Empty(problems[string.Empty]);

        // Run what compiled, in a context that is unloaded afterwards.
        using (LoadedAssembly loaded = LoadedAssembly.Emit(generated, collectible: true, TestContext.Current.CancellationToken))
        {
            int roundTrips = 0;
            foreach (Case schema in schemas.Where(s => !rejected.Contains(s.Path) && s.Position.RoundTrip is not null))
            {
                try
                {
                    schema.Position.RoundTrip!(new Probe(loaded.Assembly, loaded.Documentation, schema), schema.Hostile);
                    roundTrips++;
                }
                catch (Exception exception)
                {
                    failures.Add($"{schema}: {exception.Message}");
                }
            }

            int generatedCount = schemas.Count(s => !rejected.Contains(s.Path));
            output.WriteLine($"{Corpus.Length} hostile strings × {Positions.Length} positions = {schemas.Count} schemas: {schemas.Count - generatedCount} rejected with a diagnostic, {generatedCount} compiled, {roundTrips} round-tripped.");
            foreach (Position position in Positions)
            {
                output.WriteLine($"  {position.Name}: {schemas.Count(s => s.Position == position && !rejected.Contains(s.Path))} of {Corpus.Length} compiled");
            }

            // A position that rejected every hostile string would prove nothing about how it is escaped.
            Assert.All(Positions, position => Assert.Contains(schemas, s => s.Position == position && !rejected.Contains(s.Path)));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void Strings_that_can_be_written_in_YAML_reach_the_code_in_most_string_positions()
    {
        // Guards the test above: if the loader rejected every hostile string, nothing would be shown to round-trip.
        int loaded = 0;
        foreach (string hostile in Corpus)
        {
            string text = "copydesk: 1\ntype: Story\n" + Positions.Single(p => p.Name == "checkMessage").Schema(Yaml(hostile));
            loaded += Copydesk.Schema.Reading.SchemaLoader.Load(text, TestContext.Current.CancellationToken).Schema is null ? 0 : 1;
        }

        Assert.InRange(loaded, Corpus.Length - 5, Corpus.Length);
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/>.</summary>
    private static string Yaml(string value)
    {
        var builder = new StringBuilder("\"");
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ when char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) => c.ToString() + value[++i],
                _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\ufeff' or '\uffff' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static bool IsOneLine(string value) => value.Length > 0 && value.Trim() == value && value.IndexOfAny(['\r', '\n']) < 0;

    private static void Documentation(Probe probe, string hostile) =>
        Assert.Equal(DocText(hostile), DocText(probe.TypeDocumentation().Element("summary")!.Value));

    private static void ParameterDocumentation(Probe probe, string hostile) =>
        Assert.Equal(DocText(hostile), DocText(probe.TypeDocumentation().Elements("param").Single(p => (string?)p.Attribute("name") == "Headline").Value));

    private static void Marker(Probe probe, string hostile)
    {
        if (IsOneLine(hostile))
        {
            Assert.Equal("Jane Doe", probe.Json("Headline\n" + hostile + " Jane Doe").GetProperty("credit").GetString());
            Assert.Equal(string.Empty, probe.Json("Headline\n" + hostile).GetProperty("credit").GetString());
        }
    }

    private static void After(Probe probe, string hostile)
    {
        if (IsOneLine(hostile))
        {
            Assert.Equal(["A link."], probe.Json("Headline\n" + hostile + "\nA link.").GetProperty("links").EnumerateArray().Select(e => e.GetString()));
        }
    }

    private static void EndsWith(Probe probe, string hostile)
    {
        if (IsOneLine(hostile))
        {
            Assert.Equal("x" + hostile, probe.Json("Headline\nx" + hostile).GetProperty("tail").GetString());
        }
    }

    private static void StartsWith(Probe probe, string hostile)
    {
        if (IsOneLine(hostile))
        {
            Assert.Equal(hostile + "x", probe.Json("Headline\n" + hostile + "x").GetProperty("tail").GetString());
        }
    }

    private static void CheckPattern(Probe probe, string hostile)
    {
        if (!Regex.IsMatch("Headline", hostile))
        {
            Assert.Equal($"headline does not match the pattern {hostile}.", Assert.Single(probe.Validate("Headline")).Message);
        }
    }

    private static void CheckMessage(Probe probe, string hostile) =>
        Assert.Equal(hostile, Assert.Single(probe.Validate("Headline")).Message);

    private static void CheckOneOf(Probe probe, string hostile) =>
        Assert.Equal($"headline is \"Headline\"; expected one of \"{hostile}\", \"other\".", Assert.Single(probe.Validate("Headline")).Message);

    private static void SlotName(Probe probe, string hostile) =>
        Assert.Equal([hostile], probe.Json("Headline").EnumerateObject().Select(p => p.Name));

    private static void CaseName(Probe probe, string hostile) =>
        Assert.Equal(hostile, probe.Json("Headline").GetProperty("body").GetProperty("$type").GetString());

    private static void PartName(Probe probe, string hostile) =>
        Assert.NotNull(probe.ArticleType.GetNestedType(hostile));

    private static void TypeName(Probe probe, string hostile) => Assert.Equal(hostile, probe.ArticleType.Name);

    private static void Namespace(Probe probe, string hostile) => Assert.Equal(hostile, probe.ArticleType.Namespace);

    /// <summary>Documentation text as a reader sees it: what XML cannot hold dropped, line breaks and runs of white space as one space.</summary>
    private static string DocText(string text)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))
            {
                builder.Append(c);
            }
        }

        return string.Join(" ", Regex.Split(builder.ToString(), @"\s+").Where(part => part.Length > 0));
    }

    private sealed record Position(string Name, Func<string, string> Schema, RoundTrip? RoundTrip);

    private sealed record Case(Position Position, string Hostile, int CorpusIndex, string Path, string Text, int Index)
    {
        public override string ToString() =>
            $"{Position.Name} #{CorpusIndex} '{string.Concat(Hostile.Take(40).Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"))}'";
    }

    /// <summary>Reaches into the compiled code of one schema.</summary>
    private sealed class Probe(Assembly assembly, XDocument documentation, Case schema)
    {
        public Type ArticleType { get; } = assembly.GetTypes().Single(t =>
            t.IsPublic && t.GetInterfaces().Any(i => i.Name == "IArticle") && t.Namespace is { } ns
            && (schema.Position.Name == "namespace" ? ns == schema.Hostile : ns == $"Hostile.{schema.Position.Name}.N{schema.CorpusIndex}"));

        public XElement TypeDocumentation() =>
            documentation.Descendants("member").Single(m => (string?)m.Attribute("name") == "T:" + ArticleType.FullName);

        public object Parse(string article)
        {
            object result = ArticleType.GetMethod("Parse", [typeof(string)])!.Invoke(null, [article])!;
            object? document = result.GetType().GetProperty("Document")!.GetValue(result);
            IEnumerable<ArticleIssue> issues = (IEnumerable<ArticleIssue>)result.GetType().GetProperty("Issues")!.GetValue(result)!;
            return document ?? throw new InvalidOperationException("The article did not parse: " + string.Join("; ", issues.Select(i => i.Message)));
        }

        public JsonElement Json(string article)
        {
            object document = Parse(article);
            string json = (string)ArticleType.GetMethod("ToJson")!.Invoke(document, [false])!;
            return JsonDocument.Parse(json).RootElement.Clone();
        }

        public IReadOnlyList<ArticleIssue> Validate(string article) =>
            (IReadOnlyList<ArticleIssue>)ArticleType.GetMethod("Validate")!.Invoke(Parse(article), [])!;
    }
}
