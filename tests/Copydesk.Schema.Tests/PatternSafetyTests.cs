using System;
using System.Linq;
using System.Text.RegularExpressions;
using Copydesk.Schema.Diagnostics;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>
/// CD1017, a warning: patterns shaped for catastrophic backtracking, found by their structure; and CD1040, a warning:
/// patterns that need the backtracking engine, decided exactly as .NET's non-backtracking engine decides what it supports.
/// </summary>
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
        Assert.EndsWith("drop one of them or make each iteration start with something the previous one cannot take", diagnostic.Arguments[1]);
        Assert.NotNull(result.Schema);
    }

    [Theory]
    [InlineData("(a|a)*")]
    [InlineData("^(ab|cd|ab)+$")]
    public void A_repetition_of_identical_alternatives_is_CD1017(string pattern)
    {
        Assert.Contains("identical alternatives", Single(WithPattern(pattern), "CD1017", 4, 23).Message);
    }

    /// <summary>Shapes that split a line that almost matches in exponentially or highly polynomially many ways.</summary>
    [Theory]
    [InlineData("(x+x+)+y", "whose repetitions can take the same characters")]
    [InlineData("^(a|aa)+$", "a choice between 'a' and 'aa', which can match the same characters")]
    [InlineData("^(a|a?)+$", "a choice between 'a' and 'a?', which can match the same characters")]
    [InlineData("(?x)^(a+)+$", "'(a+)+' repeats 'a+'")]
    [InlineData("(?x) ^ ( a + ) + $  # free-spacing", "'(a+)+' repeats 'a+'")]
    [InlineData("^(.*a){20}$", "'(.*a){20}' repeats '.*' 20 times")]
    [InlineData("^(a{1,30}){1,30}$", "nests the variable count 'a{1,30}' in another")]
    [InlineData("^.*a.*a.*a.*a.*a.*b$", "holds 6 repetitions in a row")]
    [InlineData(@"^\s*\S*\s*\S*\s*\S*$", "holds")]
    public void Ambiguous_and_polynomial_shapes_are_CD1017(string pattern, string explanation)
    {
        SchemaDiagnostic diagnostic = One(WithPattern(pattern), "CD1017");

        AssertAt(diagnostic, "CD1017", 4, 23);
        Assert.Contains(explanation, diagnostic.Message);
    }

    [Theory]
    [InlineData(@"(a)\1", "the backreference '\\1'")]
    [InlineData(@"(?<n>a)\k<n>", "the backreference '\\k<n>'")]
    [InlineData("(?(a)a|b)", "the conditional '(?(a)a|b)'")]
    [InlineData("(?=a+)+b", "the lookaround '(?=a+)'")]
    [InlineData("(?<!x)y", "the lookaround '(?<!x)'")]
    [InlineData("(?>a+)+", "the atomic group '(?>a+)'")]
    [InlineData("(?<x>a)(?<y-x>b)", "the balancing group '(?<y-x>b)'")]
    [InlineData(@"\Ga", "the anchor '\\G'")]
    [InlineData("(a{1000}){1000}", "unfold to 1,000,000 positions")]
    public void A_pattern_that_needs_the_backtracking_engine_is_CD1040(string pattern, string reason)
    {
        SchemaDiagnostic diagnostic = One(WithPattern(pattern), "CD1040");

        AssertAt(diagnostic, "CD1040", 4, 23);
        Assert.Equal(SchemaSeverity.Warning, diagnostic.Descriptor.DefaultSeverity);
        Assert.Contains(reason, diagnostic.Message);
        Assert.Contains("CD2002", diagnostic.Message);
    }

    [Theory]
    [InlineData(@"(\d+,)*")]
    [InlineData("a+b+")]
    [InlineData("(ab)+")]
    [InlineData("(a|b)*")]
    [InlineData("(a|ab)+")]
    [InlineData("[(a+)+]")]
    [InlineData(@"\(a+\)+")]
    [InlineData("(a{1,5})+")]
    [InlineData("(a+)?")]
    [InlineData("(a+){3}")]
    [InlineData("(a{1,5}){1,5}")]
    [InlineData(@"^(?:\w+\s){0,50}\w+$")]
    [InlineData(@"^(?:[^,]+,){20}$")]
    [InlineData(@"^.*a.*b$")]
    [InlineData("(?#comment)(ab)+")]
    [InlineData("(?x) a b  # a comment with (a+)+ in it")]
    [InlineData("[]a]+(b)+")]
    [InlineData("[a-z-[aeiou]]+(c)*")]
    [InlineData(@"^(?:By|BY)\s+\S")]
    [InlineData(@"^\p{Lu}[\p{Lu}\p{M}.'’ -]*(?:,\s*\p{Lu}[^()]{0,40}?)?(?:\s*\([^()]+\))?\s*[-—–]{1,2}$")]
    [InlineData(@"^(?:(?i:copyright)\s*(?:©|\([cC]\)|\d{4})|©|\([cC]\))")]
    [InlineData(@"[^.]$|\.\.$|(?:^|\W)(?:\p{Lu}\.)+$")]
    [InlineData(@"^\((?:Reporting|Writing|Editing|Additional reporting|Compiled)\b")]
    [InlineData(@"\b(?:19|20)\d{2}\b")]
    [InlineData("a{,3}+")]
    public void Other_patterns_are_not_reported(string pattern)
    {
        SchemaLoadResult result = WithPattern(pattern);

        Assert.True(result.Diagnostics.Count == 0, Show(result));
    }

    /// <summary>
    /// The engine decision is Copydesk's own (the generator may run where .NET's non-backtracking engine does not exist),
    /// so it is checked against that engine: every pattern these tests use is accepted by it exactly when CD1040 is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryTestPattern))]
    public void CD1040_agrees_with_the_non_backtracking_engine(string pattern)
    {
        bool supported;
        try
        {
            _ = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
            supported = true;
        }
        catch (NotSupportedException)
        {
            supported = false;
        }

        Assert.Equal(supported, !WithPattern(pattern).Diagnostics.Any(d => d.Id == "CD1040"));
    }

    public static TheoryData<string> EveryTestPattern()
    {
        var data = new TheoryData<string>();
        foreach (System.Reflection.MethodInfo method in typeof(PatternSafetyTests).GetMethods())
        {
            foreach (InlineDataAttribute row in method.GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>())
            {
                if (row.Data is [string pattern, ..] && pattern.Length < 200)
                {
                    data.Add(pattern);
                }
            }
        }

        return data;
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
