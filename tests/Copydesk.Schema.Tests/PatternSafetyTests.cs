using System.Linq;
using Copydesk.Schema.Diagnostics;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>CD1017, a warning: patterns shaped for catastrophic backtracking, found by their structure.</summary>
public sealed class PatternSafetyTests
{
    // The pattern stands on line 4, column 23 (in single quotes, so backslashes are literal).
    private static SchemaLoadResult WithPattern(string pattern) =>
        LoadText(Header + "lines:\n  special: { pattern: '" + pattern.Replace("'", "''") + "' }\n" + MinimalLayout);

    [Theory]
    [InlineData("(a+)+", "(a+)+", "a+")]
    [InlineData("(a*)*", "(a*)*", "a*")]
    [InlineData("(.*)*x", "(.*)*", ".*")]
    [InlineData(@"^(\w+\s?)*$", @"(\w+\s?)*", @"\w+")]
    [InlineData(@"^(\s*\w+)*$", @"(\s*\w+)*", @"\w+")]
    [InlineData("(?:x+)+y", "(?:x+)+", "x+")]
    [InlineData("((ab)*)*c", "((ab)*)*", "(ab)*")]
    [InlineData("(a+)+?b", "(a+)+?", "a+")]
    [InlineData("(a+){2,}", "(a+){2,}", "a+")]
    [InlineData("(?<word>a+)*!", "(?<word>a+)*", "a+")]
    [InlineData("((a+))+", "((a+))+", "a+")]
    [InlineData(@"(\x41+)+", @"(\x41+)+", @"\x41+")]
    [InlineData(@"([\p{L}]+)+", @"([\p{L}]+)+", @"[\p{L}]+")]
    [InlineData("(?i:(a+)+)", "(a+)+", "a+")]
    public void A_repetition_of_a_group_holding_a_free_repetition_is_CD1017(string pattern, string group, string inner)
    {
        SchemaLoadResult result = WithPattern(pattern);

        SchemaDiagnostic diagnostic = Single(result, "CD1017", 4, 23);
        Assert.Equal(SchemaSeverity.Warning, diagnostic.Descriptor.DefaultSeverity);
        Assert.Equal(pattern, diagnostic.Arguments[0]);
        Assert.StartsWith($"'{group}' repeats '{inner}', which can itself repeat", diagnostic.Arguments[1]);
        Assert.Contains($"'(?>{inner})'", diagnostic.Arguments[1]);
        Assert.NotNull(result.Schema);
    }

    [Theory]
    [InlineData("(a|a)*")]
    [InlineData("^(ab|cd|ab)+$")]
    public void A_repetition_of_identical_alternatives_is_CD1017(string pattern)
    {
        Assert.Contains("identical alternatives", Single(WithPattern(pattern), "CD1017", 4, 23).Message);
    }

    [Theory]
    [InlineData(@"(\d+,)*")]
    [InlineData("(?>a+)+")]
    [InlineData("((?>a+))+")]
    [InlineData("a+b+")]
    [InlineData("(ab)+")]
    [InlineData("(a|b)*")]
    [InlineData("[(a+)+]")]
    [InlineData(@"\(a+\)+")]
    [InlineData("(?=a+)+b")]
    [InlineData("(a{1,5})+")]
    [InlineData("(a+)?")]
    [InlineData("(a+){3}")]
    [InlineData("(?x)(a+)+")]
    [InlineData("(?#comment)(ab)+")]
    [InlineData("[]a]+(b)+")]
    [InlineData("[a-z-[aeiou]]+(c)*")]
    [InlineData(@"^(?:By|BY)\s+\S")]
    [InlineData(@"^\p{Lu}[\p{Lu}\p{M}.'’ -]*(?:,\s*\p{Lu}[^()]{0,40}?)?(?:\s*\([^()]+\))?\s*[-—–]{1,2}$")]
    [InlineData(@"^(?:(?i:copyright)\s*(?:©|\([cC]\)|\d{4})|©|\([cC]\))")]
    [InlineData(@"[^.]$|\.\.$|(?:^|\W)(?:\p{Lu}\.)+$")]
    [InlineData("a{,3}+")]
    public void Other_patterns_are_not_reported(string pattern)
    {
        SchemaLoadResult result = WithPattern(pattern);

        Assert.True(result.Diagnostics.Count == 0, Show(result));
    }

    [Fact]
    public void A_check_pattern_is_checked_too()
    {
        SchemaLoadResult result = LoadText(Header + "layout:\n  - headline: { line: label, check: { pattern: '^(\\w+\\s?)*$' } }\n");

        Single(result, "CD1017", 4, 48);
    }

    [Fact]
    public void Groups_nested_up_to_the_limit_are_analysed()
    {
        string pattern = string.Concat(Enumerable.Repeat("(?:", 100)) + "a+" + new string(')', 100) + "+";

        SchemaDiagnostic diagnostic = One(WithPattern(pattern), "CD1017");

        Assert.Contains("'a+'", diagnostic.Message);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(1_000_000)]
    public void Groups_nested_deeper_than_the_limit_are_CD1019_without_building_the_expression(int depth)
    {
        string pattern = new string('(', depth) + "a" + new string(')', depth);

        SchemaDiagnostic diagnostic = Single(WithPattern(pattern), "CD1019", 4, 23);

        Assert.Equal("The schema exceeds a limit: a pattern may nest groups at most 100 deep", diagnostic.Message);
    }

    [Fact]
    public void Parentheses_in_character_classes_and_escapes_do_not_count_as_groups()
    {
        string pattern = "[" + new string('(', 200) + "]" + string.Concat(Enumerable.Repeat("\\(", 200)) + "x";

        Assert.Empty(WithPattern(pattern).Diagnostics);
    }
}
