using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Copydesk.Values;
using Xunit;

namespace Copydesk.Tests.Values;

/// <summary>
/// <c>docs/issues.md</c> has a section for every issue code, and the example issue of each value error is the
/// message its parser's failure really gives.
/// </summary>
public sealed partial class ValueErrorDocumentationTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "issues.md"));

    private static readonly Dictionary<string, Func<string, ValueFailure?>> DefaultParsers = new()
    {
        [IssueCodes.NotADate] = text => DateParser.Parse(text).FailureOrNull,
        [IssueCodes.NotADateTime] = text => DateTimeParser.Parse(text).FailureOrNull,
        [IssueCodes.NotAnInteger] = text => IntegerParser.Parse(text).FailureOrNull,
        [IssueCodes.NotANumber] = text => NumberParser.Parse(text).FailureOrNull,
        [IssueCodes.NotABoolean] = text => BooleanParser.Parse(text).FailureOrNull,
        [IssueCodes.NotAUrl] = text => UrlParser.Parse(text).FailureOrNull,
        [IssueCodes.NotAnEmail] = text => EmailParser.Parse(text).FailureOrNull,
        [IssueCodes.NotAPhone] = text => PhoneParser.Parse(text).FailureOrNull,
        [IssueCodes.EmptyListItem] = text => ListParser.Parse(text, new ListOptions<string>(",", TextParser.Parse)).Items.Select(item => item.Result.FailureOrNull).FirstOrDefault(failure => failure is not null),
        [IssueCodes.NotAByline] = text => BylineParser.Parse(text).FailureOrNull,
    };

    public static TheoryData<string> Codes => new(typeof(IssueCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(constant => (string)constant.GetRawConstantValue()!));

    public static TheoryData<string> ValueCodes => new(DefaultParsers.Keys);

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_an_anchored_section(string code)
    {
        Assert.Contains($"<a id=\"{code.ToLowerInvariant()}\"></a>\n## {code} — ", Page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ValueCodes))]
    public void The_example_issue_is_what_the_parser_reports(string code)
    {
        string section = Section(code);
        Match example = ExampleIssue().Match(section);
        Assert.True(example.Success, $"The section of {code} shows no example issue.");
        Assert.Equal(code, example.Groups["code"].Value);

        string path = example.Groups["path"].Value;
        Match quoted = Quoted().Match(example.Groups["message"].Value);
        // The list example quotes no text: its article line is the code block before the issue.
        string text = quoted.Success ? quoted.Groups["text"].Value : ArticleLineBefore(section, example.Index);

        ValueFailure? failure = DefaultParsers[code](text);

        Assert.NotNull(failure);
        Assert.Equal(code, failure.Value.Code);
        Assert.Equal($"{path} {example.Groups["message"].Value}", failure.Value.Describe(path, text));
    }

    private static string Section(string code)
    {
        int start = Page.IndexOf($"## {code} — ", StringComparison.Ordinal);
        int end = Page.IndexOf("\n---", start, StringComparison.Ordinal);
        return end < 0 ? Page.Substring(start) : Page.Substring(start, end - start);
    }

    private static string ArticleLineBefore(string section, int index)
    {
        int close = section.LastIndexOf("```\n\n```text", index, StringComparison.Ordinal);
        int open = section.LastIndexOf("```text\n", close, StringComparison.Ordinal) + "```text\n".Length;
        return section.Substring(open, close - open).TrimEnd('\n');
    }

    [GeneratedRegex(@"^story\.txt\(\d+,\d+\): error (?<code>CD\d{4}): (?<path>\S+) (?<message>.+)$", RegexOptions.Multiline)]
    private static partial Regex ExampleIssue();

    [GeneratedRegex("\"(?<text>.*)\"")]
    private static partial Regex Quoted();
}
