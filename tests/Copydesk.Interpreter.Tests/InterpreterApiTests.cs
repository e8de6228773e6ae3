using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Copydesk.Corpus;
using Copydesk.Interpretation;
using Copydesk.Samples;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Reading;
using Copydesk.Schema.Model;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>The interpreter's contract: argument checks, loading, refusing inconsistent models, sharing across threads, long articles.</summary>
public sealed class InterpreterApiTests
{
    [Fact]
    public void Null_arguments_are_refused()
    {
        SchemaInterpreter interpreter = TestFiles.Interpreter("digest-story.schema.yaml");

        Assert.Throws<ArgumentNullException>(() => SchemaInterpreter.Create(null!));
        Assert.Throws<ArgumentNullException>(() => SchemaInterpreter.TryLoad(null!, out _, out _));
        Assert.Throws<ArgumentNullException>(() => interpreter.Parse(null!, cancellationToken: TestContext.Current.CancellationToken));
        InterpretedArticle article = interpreter.Parse("Headline\nBody.", cancellationToken: TestContext.Current.CancellationToken).GetDocumentOrThrow();
        Assert.Throws<ArgumentNullException>(() => article.WriteJson(null!));
    }

    [Fact]
    public void A_schema_with_errors_does_not_load_and_says_why()
    {
        bool loaded = SchemaInterpreter.TryLoad("copydesk: 1\ntype: Story\nlayout:\n  - headline: lable\n", out SchemaInterpreter? interpreter, out EquatableArray<SchemaDiagnostic> diagnostics);

        Assert.False(loaded);
        Assert.Null(interpreter);
        Assert.Contains(diagnostics, d => d.Message.Contains("lable", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_runs_a_schema_the_loader_made()
    {
        SchemaLoadResult result = SchemaLoader.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "digest-story.schema.yaml")), TestContext.Current.CancellationToken);

        SchemaInterpreter interpreter = SchemaInterpreter.Create(result.Schema!);

        Assert.Same(result.Schema, interpreter.Schema);
        Assert.True(interpreter.Parse("Headline\nBody.", cancellationToken: TestContext.Current.CancellationToken).Succeeded);
    }

    public static TheoryData<string, string> Inconsistent => new()
    {
        { "unknown part", "Missing" },
        { "unknown line class", "nope" },
        { "part containing itself", "Loop" },
        { "invalid pattern", "(" },
        { "undeclared marker", "Ghost" },
    };

    [Theory]
    [MemberData(nameof(Inconsistent))]
    public void A_model_the_loader_would_reject_is_refused_with_an_argument_exception(string problem, string name)
    {
        Slot Line(string slotName, string lineClass) => new LineSlot { Name = slotName, LineClass = lineClass };
        Slot PartSlot(string slotName, string part) => new PartSlot { Name = slotName, Part = part };

        var classes = EquatableArray<LineClass>.Empty;
        var parts = EquatableArray<Part>.Empty;
        var layout = new EquatableArray<Slot>([Line("title", "label")]);
        switch (problem)
        {
            case "unknown part":
                layout = new([PartSlot("body", name)]);
                break;
            case "unknown line class":
                layout = new([Line("body", name)]);
                break;
            case "part containing itself":
                parts = new([new Part(name, null, new([PartSlot("inner", name)]), default)]);
                layout = new([PartSlot("body", name)]);
                break;
            case "invalid pattern":
                classes = new([new LineClass("odd", new PatternPredicate(name), null, default)]);
                layout = new([Line("body", "odd")]);
                break;
            case "undeclared marker":
                layout = new([new MarkerSlot { Name = "end", Text = name }]);
                break;
        }

        var schema = new ArticleSchema(1, "Story", null, null, classes, parts, layout, EquatableArray<MarkerDefinition>.Empty);

        ArgumentException error = Assert.ThrowsAny<ArgumentException>(() => SchemaInterpreter.Create(schema));
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_interpreter_serves_many_threads_with_the_same_results()
    {
        SchemaInterpreter interpreter = TestFiles.Interpreter("digest-story.schema.yaml");
        CorpusArticle[] articles = new ArticleCorpus(interpreter.Schema).Generate(7, 2_000).ToArray();
        var sequential = articles.Select(a => TestFiles.Run(interpreter, a.Text)).ToArray();
        var parallel = new (string? Json, System.Collections.Generic.IReadOnlyList<ArticleIssue> Issues)[articles.Length];

        Parallel.For(
            0,
            articles.Length,
            new ParallelOptions { CancellationToken = TestContext.Current.CancellationToken, MaxDegreeOfParallelism = 8 },
            i => parallel[i] = TestFiles.Run(interpreter, articles[i].Text));

        for (int i = 0; i < articles.Length; i++)
        {
            Assert.Equal(sequential[i].Json, parallel[i].Json);
            Assert.Equal(sequential[i].Issues, parallel[i].Issues);
        }
    }

    [Fact]
    public void A_very_long_article_parses_without_deep_recursion()
    {
        // A recursive descent per line would overflow the stack long before 200,000 lines.
        var text = new StringBuilder("Headline\n");
        for (int i = 0; i < 100_000; i++)
        {
            text.Append("Paragraph ").Append(i).Append(".\n");
            text.Append("Heading ").Append(i).Append('\n');
        }

        text.Append("Last one.\n");
        SchemaInterpreter interpreter = TestFiles.Interpreter("digest-story.schema.yaml");

        var (json, issues) = TestFiles.Run(interpreter, text.ToString());
        var (expectedJson, expectedIssues) = GeneratedArticles.BySchemaFile["digest-story.schema.yaml"].Run(text.ToString());

        Assert.NotNull(json);
        Assert.Equal(expectedJson, json);
        Assert.Equal(expectedIssues, issues);
    }

    [Fact]
    public void Json_written_with_any_encoder_matches_the_generated_writer()
    {
        // Property names are encoded once with the contract encoder, as the generated writer does; values follow the writer.
        SchemaInterpreter interpreter = TestFiles.Interpreter("digest-story.schema.yaml");
        foreach (string file in TestFiles.AuthoredArticles("digest-story.schema.yaml"))
        {
            string text = File.ReadAllText(file);
            DigestStory? generated = DigestStory.Parse(text, cancellationToken: TestContext.Current.CancellationToken).Document;
            InterpretedArticle? interpreted = interpreter.Parse(text, cancellationToken: TestContext.Current.CancellationToken).Document;
            Assert.Equal(generated is null, interpreted is null);
            if (generated is not null)
            {
                Assert.Equal(Write(generated.WriteJson), Write(interpreted!.WriteJson));
            }
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        return stream.ToArray();
    }
}
