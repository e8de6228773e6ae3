using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Copydesk.Corpus;
using Copydesk.Interpretation;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// Differential tests: for every schema in <c>schemas/</c> (and the tests' own feature tour), the interpreter and the generated code give byte-identical
/// compact JSON and JSON-LD that fits the schema.org vocabulary (or both no document), identical parse errors and identical validation issues on every authored
/// article and on <see cref="GeneratedPerSchema"/> articles built from the schema and, for half of them, damaged.
/// </summary>
public sealed class ParityTests(ITestOutputHelper output)
{
    /// <summary>Articles generated per schema.</summary>
    public const int GeneratedPerSchema = 10_000;

    /// <summary>The corpus seed; fixed, so every run tests the same articles.</summary>
    public const int BaseSeed = 20_250_601;

    public static TheoryData<string> Schemas => new(TestFiles.AllSchemas());

    [Fact]
    public void Every_schema_has_its_generated_type_in_the_map()
    {
        string[] schemas = TestFiles.AllSchemas();
        Assert.NotEmpty(TestFiles.SchemaFileNames());
        foreach (string schemaFile in schemas)
        {
            Assert.True(GeneratedArticles.BySchemaFile.ContainsKey(Path.GetFileName(schemaFile)), $"{schemaFile} has no entry in GeneratedArticles.BySchemaFile: add its generated type.");
        }
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Interpreter_matches_the_generated_code_on_authored_and_generated_articles(string schemaFile)
    {
        Assert.True(GeneratedArticles.BySchemaFile.TryGetValue(Path.GetFileName(schemaFile), out GeneratedArticles.Entry? generated), $"{schemaFile} has no entry in GeneratedArticles.BySchemaFile: add its generated type.");
        SchemaInterpreter interpreter = TestFiles.Interpreter(schemaFile);
        string expectedType = (interpreter.Schema.Namespace is { } ns ? ns + "." : string.Empty) + interpreter.Schema.TypeName;
        Assert.Equal(expectedType, generated.TypeFullName);

        var tally = new Tally();
        foreach (string file in TestFiles.AuthoredArticles(schemaFile))
        {
            tally.Authored++;
            Compare(Path.GetFileName(file), File.ReadAllText(file), generated, interpreter, tally, mutated: false);
        }

        var corpus = new ArticleCorpus(interpreter.Schema);
        foreach (CorpusArticle article in corpus.Generate(BaseSeed, GeneratedPerSchema))
        {
            tally.Generated++;
            Compare($"seed {article.Seed} [{string.Join(", ", article.Mutations)}]", article.Text, generated, interpreter, tally, article.IsMutated);
        }

        output.WriteLine(tally.Report(schemaFile));
        Assert.True(tally.Failures.Count == 0, $"{tally.Failures.Count} of {tally.Cases} cases differ; the first:\n\n{string.Join("\n\n", tally.Failures.Take(5))}");

        // A corpus that always parsed, or never did, would prove little. A permissive schema (the wire story, whose
        // paragraphs may be none and whose every other slot is optional) fails on fewer damaged articles: 1 in 20 is
        // still hundreds of parse errors to compare.
        Assert.Equal(GeneratedPerSchema, tally.Generated);
        Assert.True(tally.Parsed * 5 >= tally.Cases, tally.Report(schemaFile));
        Assert.True(tally.Failed * 20 >= tally.Cases, tally.Report(schemaFile));
        Assert.True(tally.WithValidationIssues > 0, tally.Report(schemaFile));
    }

    private static void Compare(string name, string text, GeneratedArticles.Entry generated, SchemaInterpreter interpreter, Tally tally, bool mutated)
    {
        var (expectedJson, expectedIssues) = generated.Run(text);
        var (actualJson, actualIssues) = TestFiles.Run(interpreter, text);
        tally.Count(expectedJson is not null, expectedIssues, mutated);
        string? expectedJsonLd = generated.JsonLd?.Invoke(text);
        string? actualJsonLd = interpreter.Parse(text).Document is { HasJsonLd: true } document ? document.ToJsonLd() : null;
        string[] vocabularyProblems = VocabularyProblems(actualJsonLd);
        if (expectedJson == actualJson && expectedIssues.SequenceEqual(actualIssues) && expectedJsonLd == actualJsonLd && vocabularyProblems.Length == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.AppendLine(name).AppendLine("text: " + Visible(text));
        message.AppendLine("generated json:   " + (expectedJson ?? "null"));
        message.AppendLine("interpreted json: " + (actualJson ?? "null"));
        message.AppendLine("generated json-ld:   " + (expectedJsonLd ?? "null"));
        message.AppendLine("interpreted json-ld: " + (actualJsonLd ?? "null"));
        message.AppendLine("json-ld against schema.org: ").AppendJoin('\n', vocabularyProblems).AppendLine();
        message.AppendLine("generated issues:").AppendJoin('\n', expectedIssues.Select(TestFiles.Describe)).AppendLine();
        message.AppendLine("interpreted issues:").AppendJoin('\n', actualIssues.Select(TestFiles.Describe));
        tally.Failures.Add(message.ToString());
    }

    private static string[] VocabularyProblems(string? jsonLd)
    {
        if (jsonLd is null)
        {
            return [];
        }

        using JsonDocument document = JsonDocument.Parse(jsonLd);
        return [.. JsonLd.SchemaOrgVocabulary.Instance.Problems(document.RootElement)];
    }

    private static string Visible(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\t", "\\t", StringComparison.Ordinal).Replace("\u00A0", "<NBSP>", StringComparison.Ordinal).Replace("\uFEFF", "<BOM>", StringComparison.Ordinal);

    /// <summary>What the cases covered, so the report shows the corpus exercised both success and failure.</summary>
    private sealed class Tally
    {
        private readonly SortedDictionary<string, int> codes = new(StringComparer.Ordinal);

        public List<string> Failures { get; } = new();

        public int Authored { get; set; }

        public int Generated { get; set; }

        public int Cases => Authored + Generated;

        public int Mutated { get; private set; }

        public int Parsed { get; private set; }

        public int Failed { get; private set; }

        public int WithValidationIssues { get; private set; }

        public void Count(bool parsed, IReadOnlyList<ArticleIssue> issues, bool mutated)
        {
            Mutated += mutated ? 1 : 0;
            Parsed += parsed ? 1 : 0;
            Failed += parsed ? 0 : 1;
            WithValidationIssues += parsed && issues.Count > 0 ? 1 : 0;
            foreach (ArticleIssue issue in issues)
            {
                codes[issue.Code] = codes.GetValueOrDefault(issue.Code) + 1;
            }
        }

        public string Report(string schemaFile) =>
            $"{schemaFile}: {Cases} cases compared ({Authored} authored + {Generated} generated, {Mutated} of them mutated); " +
            $"{Parsed} parsed ({WithValidationIssues} with validation issues), {Failed} parse errors; differences: {Failures.Count}; " +
            $"issues by code: {string.Join(", ", codes.Select(pair => $"{pair.Key}×{pair.Value}"))}";
    }
}
