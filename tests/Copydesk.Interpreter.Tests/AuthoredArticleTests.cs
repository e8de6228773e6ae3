using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Copydesk.Interpretation;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// The interpreter reads every authored article of every shipped schema to exactly its hand-written expectations:
/// the indented contract JSON and the issues (code, severity, path, line, column), independently of the generated code.
/// </summary>
public sealed class AuthoredArticleTests
{
    public static TheoryData<string, string> Articles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string schemaFile in TestFiles.SchemaFileNames())
            {
                foreach (string article in TestFiles.AuthoredArticles(schemaFile))
                {
                    data.Add(schemaFile, Path.GetFileNameWithoutExtension(article));
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_reads_to_its_expected_json_and_issues(string schemaFile, string name)
    {
        SchemaInterpreter interpreter = TestFiles.Interpreter(schemaFile);
        string folder = TestFiles.ArticlesFolder(schemaFile);
        string text = File.ReadAllText(Path.Combine(folder, name + ".txt"));

        ParseResult<InterpretedArticle> result = interpreter.Parse(text);
        IReadOnlyList<ArticleIssue> issues = result.Document?.Validate() ?? result.Issues;

        string expectedJson = File.ReadAllText(Path.Combine(folder, name + ".expected.json")).TrimEnd('\n', '\r');
        Assert.Equal(expectedJson, result.Document?.ToJson(indented: true) ?? "null");

        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, name + ".expected-issues.json")));
        string[] want = expected.RootElement.EnumerateArray().Select(e =>
            $"{e.GetProperty("code").GetString()} {e.GetProperty("severity").GetString()} {e.GetProperty("path").GetString()} ({e.GetProperty("line").GetInt32()},{e.GetProperty("column").GetInt32()})").ToArray();
        string[] got = issues.Select(i => $"{i.Code} {i.Severity.ToName()} {i.Path} ({i.Span.Line},{i.Span.Column})").ToArray();
        Assert.Equal(want, got);
    }
}
