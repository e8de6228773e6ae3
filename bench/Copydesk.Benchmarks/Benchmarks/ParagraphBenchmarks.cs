using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Parameters;
using Copydesk.Benchmarks.Corpus;
using Copydesk.Interpretation;
using Copydesk.Samples;
using Copydesk.Text;
using Copydesk.Units;

namespace Copydesk.Benchmarks.Benchmarks;

/// <summary>
/// Hard-wrapped wire copy read two ways by the same schema: with <c>input: paragraphs</c>
/// (bench/…/Schemas/wrapped-wire-story.schema.yaml: a wrapped paragraph is one unit) and with <c>input: lines</c>
/// (schemas/wire-story.schema.yaml: every physical line is one), generated and interpreted, beside the floor of
/// <see cref="ArticleBenchmarks"/> and the two input models' units alone.
/// </summary>
[MemoryDiagnoser]
public class ParagraphBenchmarks
{
    private string[] texts = [];
    private SchemaInterpreter linesInterpreter = null!;
    private SchemaInterpreter paragraphsInterpreter = null!;

    /// <summary>One story or the 10 MB corpus (the smoke run reads one story only).</summary>
    [ParamsSource(nameof(Inputs))]
    public InputSet Input { get; set; }

    /// <summary>The input sets of this run.</summary>
    public static IEnumerable<InputSet> Inputs => ArticleBenchmarks.Inputs;

    /// <summary>The UTF-8 size of a case's input, for the MB/s and allocation-per-MB columns.</summary>
    public static long InputBytes(ParameterInstances parameters) =>
        ArticleCorpus.Utf8Bytes(ContentCorpus.Texts(ContentFormat.WrappedWire, (InputSet)parameters["Input"]));

    /// <summary>Builds the input and both interpreters.</summary>
    [GlobalSetup]
    public void Setup()
    {
        texts = ContentCorpus.Texts(ContentFormat.WrappedWire, Input);
        linesInterpreter = ArticleBenchmarks.LoadInterpreter(ArticleFormat.WireStory);
        paragraphsInterpreter = ArticleBenchmarks.LoadInterpreter("wrapped-wire-story.schema.yaml");
    }

    /// <summary>The floor: BOM, line ends and white space normalised, lines split into trimmed strings.</summary>
    [Benchmark(Baseline = true)]
    public int FloorSplitLines()
    {
        int lines = 0;
        foreach (string text in texts)
        {
            lines += ArticleText.SplitLines(text).Length;
        }

        return lines;
    }

    /// <summary>The units of <c>input: lines</c>: one per non-blank line, located, with its indentation.</summary>
    [Benchmark]
    public int LineUnits()
    {
        int units = 0;
        foreach (string text in texts)
        {
            units += ArticleUnits.Lines(text).Length;
        }

        return units;
    }

    /// <summary>The units of <c>input: paragraphs</c>: one per paragraph, its lines joined, located, with the line list.</summary>
    [Benchmark]
    public int ParagraphUnits()
    {
        int units = 0;
        foreach (string text in texts)
        {
            units += ArticleUnits.Paragraphs(text).Length;
        }

        return units;
    }

    /// <summary>The generated parser of the wire story with <c>input: lines</c>.</summary>
    [Benchmark]
    public int GeneratedLines()
    {
        int parsed = 0;
        foreach (string text in texts)
        {
            parsed += WireStory.Parse(text).Succeeded ? 1 : 0;
        }

        return parsed;
    }

    /// <summary>The generated parser of the same schema with <c>input: paragraphs</c>.</summary>
    [Benchmark]
    public int GeneratedParagraphs()
    {
        int parsed = 0;
        foreach (string text in texts)
        {
            parsed += WrappedWireStory.Parse(text).Succeeded ? 1 : 0;
        }

        return parsed;
    }

    /// <summary>The interpreter with <c>input: lines</c>.</summary>
    [Benchmark]
    public int InterpreterLines()
    {
        int parsed = 0;
        foreach (string text in texts)
        {
            parsed += linesInterpreter.Parse(text).Succeeded ? 1 : 0;
        }

        return parsed;
    }

    /// <summary>The interpreter with <c>input: paragraphs</c>.</summary>
    [Benchmark]
    public int InterpreterParagraphs()
    {
        int parsed = 0;
        foreach (string text in texts)
        {
            parsed += paragraphsInterpreter.Parse(text).Succeeded ? 1 : 0;
        }

        return parsed;
    }
}
