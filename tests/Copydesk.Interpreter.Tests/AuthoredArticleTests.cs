using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Copydesk.Interpreter.Tests.BackEnds;
using Copydesk.Json;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// Each back end reads every authored article of every shipped schema to exactly its hand-written expectations:
/// the contract JSON and the issues (code, severity, path, line, column).
/// </summary>
public sealed class AuthoredArticleTests
{
    public static TheoryData<BackEnd, string, string> Articles
    {
        get
        {
            var data = new TheoryData<BackEnd, string, string>();
            foreach (BackEnd backEnd in Enum.GetValues<BackEnd>())
            {
                foreach (string schemaFile in TestFiles.SchemaFileNames())
                {
                    foreach (string article in TestFiles.AuthoredArticles(schemaFile))
                    {
                        data.Add(backEnd, schemaFile, Path.GetFileNameWithoutExtension(article));
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_reads_to_its_expected_json_and_issues(BackEnd backEnd, string schemaFile, string name)
    {
        string folder = TestFiles.ArticlesFolder(schemaFile);

        ArticleOutcome outcome = backEnd.Read(TestFiles.SchemaText(schemaFile), File.ReadAllText(Path.Combine(folder, name + ".txt")));

        Assert.Equal(Compact(File.ReadAllText(Path.Combine(folder, name + ".expected.json"))), outcome.Json ?? "null");
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, name + ".expected-issues.json")));
        string[] want = expected.RootElement.EnumerateArray().Select(e =>
            $"{e.GetProperty("code").GetString()} {e.GetProperty("severity").GetString()} {e.GetProperty("path").GetString()} ({e.GetProperty("line").GetInt32()},{e.GetProperty("column").GetInt32()})").ToArray();
        string[] got = outcome.Issues.Select(i => $"{i.Code} {i.Severity.ToName()} {i.Path} ({i.Span.Line},{i.Span.Column})").ToArray();
        Assert.Equal(want, got);
    }

    /// <summary>The expected document, written as indented JSON for review, in the compact form with the contract's escaping.</summary>
    internal static string Compact(string indentedJson)
    {
        using JsonDocument document = JsonDocument.Parse(indentedJson);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ContractJson.CompactOptions))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
