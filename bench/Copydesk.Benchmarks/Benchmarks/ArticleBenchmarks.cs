using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Parameters;
using Copydesk.Benchmarks.Contract;
using Copydesk.Benchmarks.Corpus;
using Copydesk.Interpretation;
using Copydesk.Json;
using Copydesk.Samples;
using Copydesk.Text;

namespace Copydesk.Benchmarks.Benchmarks;

/// <summary>
/// Parse, validate and write the same articles every way the project can, side by side with the floor
/// (normalising and splitting into trimmed line strings, which no parser can avoid) and with System.Text.Json
/// reading the same articles from their contract JSON. Every method processes the whole input set once;
/// MB/s and allocation per MB are computed from the articles' UTF-8 size.
/// </summary>
[MemoryDiagnoser]
public class ArticleBenchmarks
{
    private string[] texts = [];
    private byte[][] contractJson = [];
    private DigestStory[] digestDocuments = [];
    private WireStory[] wireDocuments = [];
    private InterpretedArticle[] interpretedDocuments = [];
    private SchemaInterpreter interpreter = null!;
    private ArrayBufferWriter<byte> buffer = null!;
    private Utf8JsonWriter writer = null!;

    /// <summary>The article format.</summary>
    [Params(ArticleFormat.DigestStory, ArticleFormat.WireStory)]
    public ArticleFormat Format { get; set; }

    /// <summary>One article or the 10 MB corpus (the smoke run reads one article only).</summary>
    [ParamsSource(nameof(Inputs))]
    public InputSet Input { get; set; }

    /// <summary>The input sets of this run.</summary>
    public static IEnumerable<InputSet> Inputs => BenchSettings.Smoke ? [InputSet.Article] : [InputSet.Article, InputSet.Corpus10MB];

    /// <summary>The UTF-8 size of a case's input, for the MB/s and allocation-per-MB columns.</summary>
    public static long InputBytes(ParameterInstances parameters) =>
        ArticleCorpus.Utf8Bytes(ArticleCorpus.Texts((ArticleFormat)parameters["Format"], (InputSet)parameters["Input"]));

    /// <summary>Builds the input and everything the methods start from, and checks that every article parses both ways.</summary>
    [GlobalSetup]
    public void Setup()
    {
        texts = ArticleCorpus.Texts(Format, Input);
        interpreter = LoadInterpreter(Format);
        buffer = new ArrayBufferWriter<byte>(64 * 1024);
        writer = new Utf8JsonWriter(buffer, ContractJson.CompactOptions);

        contractJson = new byte[texts.Length][];
        interpretedDocuments = new InterpretedArticle[texts.Length];
        digestDocuments = Format == ArticleFormat.DigestStory ? new DigestStory[texts.Length] : [];
        wireDocuments = Format == ArticleFormat.WireStory ? new WireStory[texts.Length] : [];
        for (int i = 0; i < texts.Length; i++)
        {
            IArticle generated;
            if (Format == ArticleFormat.DigestStory)
            {
                generated = digestDocuments[i] = Require(DigestStory.Parse(texts[i]), i);
            }
            else
            {
                generated = wireDocuments[i] = Require(WireStory.Parse(texts[i]), i);
            }

            interpretedDocuments[i] = Require(interpreter.Parse(texts[i]), i);
            contractJson[i] = Write(generated.WriteJson);
        }
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

    /// <summary>The parser the generator emitted for the schema.</summary>
    [Benchmark]
    public int GeneratedParse()
    {
        int parsed = 0;
        if (Format == ArticleFormat.DigestStory)
        {
            foreach (string text in texts)
            {
                parsed += DigestStory.Parse(text).Succeeded ? 1 : 0;
            }
        }
        else
        {
            foreach (string text in texts)
            {
                parsed += WireStory.Parse(text).Succeeded ? 1 : 0;
            }
        }

        return parsed;
    }

    /// <summary>The run-time interpreter reading the same schema.</summary>
    [Benchmark]
    public int InterpreterParse()
    {
        int parsed = 0;
        foreach (string text in texts)
        {
            parsed += interpreter.Parse(text).Succeeded ? 1 : 0;
        }

        return parsed;
    }

    /// <summary>System.Text.Json, source-generated, reading each article's contract JSON (UTF-8) into records.</summary>
    [Benchmark]
    public int StjDeserialize()
    {
        int parsed = 0;
        if (Format == ArticleFormat.DigestStory)
        {
            foreach (byte[] json in contractJson)
            {
                parsed += JsonSerializer.Deserialize(json, ContractJsonContext.Default.DigestStoryContract) is null ? 0 : 1;
            }
        }
        else
        {
            foreach (byte[] json in contractJson)
            {
                parsed += JsonSerializer.Deserialize(json, ContractJsonContext.Default.WireStoryContract) is null ? 0 : 1;
            }
        }

        return parsed;
    }

    /// <summary>The generated <c>Validate()</c> over parsed articles.</summary>
    [Benchmark]
    public int GeneratedValidate()
    {
        int issues = 0;
        foreach (DigestStory document in digestDocuments)
        {
            issues += document.Validate().Count;
        }

        foreach (WireStory document in wireDocuments)
        {
            issues += document.Validate().Count;
        }

        return issues;
    }

    /// <summary>The interpreter's <c>Validate()</c> over its parsed articles.</summary>
    [Benchmark]
    public int InterpreterValidate()
    {
        int issues = 0;
        foreach (InterpretedArticle document in interpretedDocuments)
        {
            issues += document.Validate().Count;
        }

        return issues;
    }

    /// <summary>The generated <c>WriteJson</c>, compact contract JSON into a reused buffer.</summary>
    [Benchmark]
    public long GeneratedWriteJson()
    {
        long bytes = 0;
        foreach (DigestStory document in digestDocuments)
        {
            bytes += WriteReused(document);
        }

        foreach (WireStory document in wireDocuments)
        {
            bytes += WriteReused(document);
        }

        return bytes;
    }

    /// <summary>The interpreter's <c>WriteJson</c>, compact contract JSON into a reused buffer.</summary>
    [Benchmark]
    public long InterpreterWriteJson()
    {
        long bytes = 0;
        foreach (InterpretedArticle document in interpretedDocuments)
        {
            bytes += WriteReused(document);
        }

        return bytes;
    }

    /// <summary>Releases the writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => writer.Dispose();

    /// <summary>The interpreter for <paramref name="format"/>'s schema, loaded from the same YAML the generator read.</summary>
    internal static SchemaInterpreter LoadInterpreter(ArticleFormat format) =>
        LoadInterpreter(format == ArticleFormat.DigestStory ? "digest-story.schema.yaml" : "wire-story.schema.yaml");

    /// <summary>The interpreter for the embedded schema <paramref name="name"/>, the YAML the generator read.</summary>
    internal static SchemaInterpreter LoadInterpreter(string name)
    {
        if (!SchemaInterpreter.TryLoad(BenchSettings.Resource(name), out SchemaInterpreter? loaded, out var diagnostics) || loaded is null)
        {
            throw new InvalidOperationException($"The interpreter rejected {name}: {string.Join("; ", diagnostics)}");
        }

        return loaded;
    }

    /// <summary>The compact contract JSON that <paramref name="write"/> produces.</summary>
    internal static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(output, ContractJson.CompactOptions))
        {
            write(json);
        }

        return output.WrittenSpan.ToArray();
    }

    private static T Require<T>(ParseResult<T> result, int index)
        where T : class =>
        result.Document ?? throw new InvalidOperationException($"Article {index} of the corpus does not parse: {result.Issues[0]}");

    private int WriteReused(IArticle document)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        document.WriteJson(writer);
        writer.Flush();
        return buffer.WrittenCount;
    }
}
