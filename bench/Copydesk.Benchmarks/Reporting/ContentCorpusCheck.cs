using System;
using System.IO;
using System.Linq;
using Copydesk.Benchmarks.Benchmarks;
using Copydesk.Benchmarks.Corpus;
using Copydesk.Interpretation;
using Copydesk.Samples;
using Copydesk.Units;

namespace Copydesk.Benchmarks.Reporting;

/// <summary>
/// Checks the Markdown and hard-wrapped corpora like <see cref="CorpusCheck"/> checks the others: every post and story
/// parses with the generated parser and the interpreter, which write the same JSON; and the wrapped wire schema is
/// schemas/wire-story.schema.yaml with <c>input: paragraphs</c> and nothing else changed.
/// </summary>
internal static class ContentCorpusCheck
{
    /// <summary>Checks both corpora of <paramref name="input"/>; false when the benchmarks could not run on them.</summary>
    public static bool Run(InputSet input, TextWriter output)
    {
        bool ok = SameSchema(output);
        ok &= Check(ContentFormat.MarkdownPost, input, "blog-post.schema.yaml", text => BlogPost.Parse(text).Document, text => Markup.Markdown.MarkdownUnits.Read(text).Length, output);
        ok &= Check(ContentFormat.WrappedWire, input, "wrapped-wire-story.schema.yaml", text => WrappedWireStory.Parse(text).Document, text => ArticleUnits.Paragraphs(text).Length, output);
        ok &= Check(ContentFormat.WrappedWire, input, "wire-story.schema.yaml", text => WireStory.Parse(text).Document, text => ArticleUnits.Lines(text).Length, output);
        return ok;
    }

    private static bool SameSchema(TextWriter output)
    {
        string expected = WithoutComments(BenchSettings.Resource("wire-story.schema.yaml"))
            .Replace("type: WireStory", "type: WrappedWireStory", StringComparison.Ordinal)
            .Replace("input: lines", "input: paragraphs", StringComparison.Ordinal);
        if (WithoutComments(BenchSettings.Resource("wrapped-wire-story.schema.yaml")) == expected)
        {
            return true;
        }

        output.WriteLine("  wrapped-wire-story.schema.yaml is no longer wire-story.schema.yaml with input: paragraphs; copy it again.");
        return false;
    }

    // The schema from its first line that is not a comment: the header comments of the two files differ.
    private static string WithoutComments(string schema) =>
        string.Join('\n', schema.ReplaceLineEndings("\n").Split('\n').SkipWhile(line => line.StartsWith('#')));

    private static bool Check(ContentFormat format, InputSet input, string schema, Func<string, IArticle?> parse, Func<string, int> unitCount, TextWriter output)
    {
        string[] texts = ContentCorpus.Texts(format, input);
        SchemaInterpreter interpreter = ArticleBenchmarks.LoadInterpreter(schema);
        int failures = 0, jsonDifferences = 0;
        long units = 0;
        for (int i = 0; i < texts.Length; i++)
        {
            units += unitCount(texts[i]);
            IArticle? generated = parse(texts[i]);
            InterpretedArticle? interpreted = interpreter.Parse(texts[i]).Document;
            if (generated is null || interpreted is null)
            {
                if (failures++ == 0)
                {
                    output.WriteLine($"  {format} ({schema}) article {i} does not parse ({(generated is null ? "generated" : "interpreter")}): {interpreter.Parse(texts[i]).Issues.FirstOrDefault()}");
                }

                continue;
            }

            if (!ArticleBenchmarks.Write(generated.WriteJson).AsSpan().SequenceEqual(ArticleBenchmarks.Write(interpreted.WriteJson)))
            {
                jsonDifferences++;
            }
        }

        long bytes = ArticleCorpus.Utf8Bytes(texts);
        output.WriteLine(
            $"  {format,-12} {input,-10} {schema,-30}: {texts.Length,5} articles, {bytes,10:N0} bytes UTF-8, {units,7:N0} units; " +
            $"parse failures {failures}, generated/interpreted JSON differences {jsonDifferences}");
        return failures == 0;
    }
}
