using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Copydesk.Benchmarks.Benchmarks;
using Copydesk.Benchmarks.Contract;
using Copydesk.Benchmarks.Corpus;
using Copydesk.Interpretation;
using Copydesk.Samples;
using Copydesk.Text;

namespace Copydesk.Benchmarks.Reporting;

/// <summary>
/// Checks that the benchmarks compare like with like: every corpus article parses with the generated parser
/// and the interpreter, and the System.Text.Json records hold the whole contract JSON (a round trip gives the
/// same JSON). Differences between the generated and interpreted JSON or issues are printed, not fatal: they
/// are the interpreter's tests' business, and the timings stay meaningful.
/// </summary>
internal static class CorpusCheck
{
    /// <summary>Checks <paramref name="input"/> in both formats; false when the benchmarks could not run on it.</summary>
    public static bool Run(InputSet input, TextWriter output)
    {
        bool ok = true;
        foreach (ArticleFormat format in Enum.GetValues<ArticleFormat>())
        {
            ok &= Check(format, input, output);
        }

        return ok;
    }

    private static bool Check(ArticleFormat format, InputSet input, TextWriter output)
    {
        string[] texts = ArticleCorpus.Texts(format, input);
        SchemaInterpreter interpreter = ArticleBenchmarks.LoadInterpreter(format);
        int failures = 0, jsonDifferences = 0, issueDifferences = 0, roundTripFailures = 0, lines = 0, issues = 0;
        for (int i = 0; i < texts.Length; i++)
        {
            lines += ArticleText.SplitLines(texts[i]).Length;
            IArticle? generated = format == ArticleFormat.DigestStory ? DigestStory.Parse(texts[i]).Document : WireStory.Parse(texts[i]).Document;
            InterpretedArticle? interpreted = interpreter.Parse(texts[i]).Document;
            if (generated is null || interpreted is null)
            {
                if (failures++ == 0)
                {
                    output.WriteLine($"  {format} article {i} does not parse ({(generated is null ? "generated" : "interpreter")}).");
                }

                continue;
            }

            byte[] json = ArticleBenchmarks.Write(generated.WriteJson);
            if (!json.AsSpan().SequenceEqual(ArticleBenchmarks.Write(interpreted.WriteJson)))
            {
                jsonDifferences++;
            }

            string[] generatedIssues = generated.Validate().Select(issue => issue.ToString()).ToArray();
            string[] interpretedIssues = interpreted.Validate().Select(issue => issue.ToString()).ToArray();
            issues += generatedIssues.Length;
            if (!generatedIssues.SequenceEqual(interpretedIssues))
            {
                issueDifferences++;
            }

            if (!RoundTrips(format, json))
            {
                roundTripFailures++;
            }
        }

        long bytes = ArticleCorpus.Utf8Bytes(texts);
        output.WriteLine(
            $"  {format,-11} {input,-10}: {texts.Length,5} articles, {bytes,10:N0} bytes UTF-8 ({bytes / Math.Max(1, texts.Length),5:N0} per article), " +
            $"{lines,7:N0} lines, {issues,4} validation issues; parse failures {failures}, STJ round-trip failures {roundTripFailures}, " +
            $"generated/interpreted differences: JSON {jsonDifferences}, issues {issueDifferences}");
        return failures == 0 && roundTripFailures == 0;
    }

    private static bool RoundTrips(ArticleFormat format, byte[] json)
    {
        byte[] again = format == ArticleFormat.DigestStory
            ? JsonSerializer.SerializeToUtf8Bytes(JsonSerializer.Deserialize(json, ContractJsonContext.Default.DigestStoryContract)!, ContractJsonContext.Default.DigestStoryContract)
            : JsonSerializer.SerializeToUtf8Bytes(JsonSerializer.Deserialize(json, ContractJsonContext.Default.WireStoryContract)!, ContractJsonContext.Default.WireStoryContract);
        using JsonDocument expected = JsonDocument.Parse(json);
        using JsonDocument actual = JsonDocument.Parse(again);
        return JsonElement.DeepEquals(expected.RootElement, actual.RootElement);
    }
}
