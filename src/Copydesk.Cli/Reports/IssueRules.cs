using System;
using System.Collections.Generic;
using System.Linq;
using Copydesk.Schema.Diagnostics;

namespace Copydesk.Cli.Reports;

/// <summary>
/// Every code a command can report, with its title and documentation link. Titles are the section headings of
/// <c>docs/issues.md</c> and <c>docs/diagnostics.md</c> (a test keeps them equal), without code marks since SARIF
/// titles are plain text; links point at those sections.
/// </summary>
public static class IssueRules
{
    /// <summary>The documentation folder of the repository, derived from the diagnostics' help links so the address is written once.</summary>
    public static readonly string DocsBase = HelpLinks.DocsBase;

    /// <summary>The codes for files that cannot be read, shared by every command.</summary>
    public static IReadOnlyList<IssueRule> Files { get; } =
    [
        new(CliIssueCodes.CannotRead, "File cannot be read", HelpLinks.ForIssue(CliIssueCodes.CannotRead), IssueSeverity.Error),
        new(CliIssueCodes.NotUtf8Text, "File is not UTF-8 text", HelpLinks.ForIssue(CliIssueCodes.NotUtf8Text), IssueSeverity.Error),
        new(CliIssueCodes.TooLarge, "Input larger than the size cap", HelpLinks.ForIssue(CliIssueCodes.TooLarge), IssueSeverity.Error),
        new(CliIssueCodes.NotARegularFile, "Path is not a regular file", HelpLinks.ForIssue(CliIssueCodes.NotARegularFile), IssueSeverity.Error),
    ];

    /// <summary>The codes of <c>parse</c> and <c>validate</c>: unreadable files and records, the parse error and the check violations.</summary>
    public static IReadOnlyList<IssueRule> Articles { get; } =
    [
        .. Files,
        new(CliIssueCodes.BadRecord, "Record cannot be read", HelpLinks.ForIssue(CliIssueCodes.BadRecord), IssueSeverity.Error),
        Article(IssueCodes.ParseError, "The article does not fit the layout"),
        Article(IssueCodes.PatternTimeout, "A pattern ran out of time"),
        Article(IssueCodes.FrontMatterUnclosed, "Front matter never closed"),
        Article(IssueCodes.FrontMatterSyntax, "Front matter is not valid YAML"),
        Article(IssueCodes.FrontMatterTooDeep, "Front matter nested too deep"),
        Article(IssueCodes.FrontMatterTooLarge, "Front matter too large"),
        Article(IssueCodes.FrontMatterAliasExpansion, "Front-matter aliases expand too far"),
        Article(IssueCodes.FrontMatterScalarTooLong, "Front-matter value too long"),
        Article(IssueCodes.FrontMatterNotMapping, "Front matter is not a mapping"),
        Article(IssueCodes.FrontMatterDuplicateKey, "Front-matter key given twice"),
        Article(IssueCodes.MaxLength, "Text longer than maxLength"),
        Article(IssueCodes.MinLength, "Text shorter than minLength"),
        Article(IssueCodes.MaxWords, "More words than maxWords"),
        Article(IssueCodes.MinWords, "Fewer words than minWords"),
        Article(IssueCodes.Pattern, "Text does not match pattern"),
        Article(IssueCodes.NotEmpty, "Empty text where notEmpty is required"),
        Article(IssueCodes.OneOf, "Text not among the allowed values"),
        Article(IssueCodes.SpeakerRequired, "Attribution without a speaker"),
        Article(IssueCodes.QuoteSpeakerRequired, "Quotation without a speaker"),
        Article(IssueCodes.AttributedWithin, "Quotation attributed too far back"),
        Article(IssueCodes.Count, "Wrong number of items"),
        Article(IssueCodes.CaseCount, "Wrong number of items of one case"),
        Article(IssueCodes.NotADate, "Not a date"),
        Article(IssueCodes.NotADateTime, "Not a date and time"),
        Article(IssueCodes.NotAnInteger, "Not an integer"),
        Article(IssueCodes.NotANumber, "Not a number"),
        Article(IssueCodes.NotABoolean, "Not a boolean"),
        Article(IssueCodes.NotAUrl, "Not an absolute URL"),
        Article(IssueCodes.NotAnEmail, "Not an e-mail address"),
        Article(IssueCodes.NotAPhone, "Not a phone number"),
        Article(IssueCodes.EmptyListItem, "Empty list item"),
        Article(IssueCodes.NotAByline, "Not a byline"),
        Article(IssueCodes.FrontMatterMissingKey, "Required front-matter key missing"),
        Article(IssueCodes.FrontMatterWrongType, "Front-matter value of the wrong type"),
        Article(IssueCodes.FrontMatterUnknownKey, "Unknown front-matter key"),
        Article(IssueCodes.FrontMatterOutOfRange, "Front-matter value out of range"),
        Article(IssueCodes.RuleCount, "Number of items differs from the number a field gives"),
        Article(IssueCodes.RuleDateOrder, "Dates out of the order a rule states"),
        Article(IssueCodes.RuleRequiredWith, "Field missing where another requires it"),
        Article(IssueCodes.RuleForbiddenWith, "Field present where another forbids it"),
    ];

    /// <summary>The codes of <c>check</c>: unreadable files and every schema diagnostic.</summary>
    public static IReadOnlyList<IssueRule> Schemas { get; } =
    [
        .. Files,
        .. DiagnosticCatalog.All.Select(d => new IssueRule(d.Id, d.Title, d.HelpLink, Finding.ToIssueSeverity(d.DefaultSeverity))),
    ];

    /// <summary>The position of <paramref name="code"/> in <paramref name="rules"/>, or -1.</summary>
    public static int IndexOf(IReadOnlyList<IssueRule> rules, string code)
    {
        ArgumentNullException.ThrowIfNull(rules);
        for (int i = 0; i < rules.Count; i++)
        {
            if (rules[i].Id == code)
            {
                return i;
            }
        }

        return -1;
    }

    // A check violation is an error unless its check sets another severity; a parse error always is.
    private static IssueRule Article(string code, string title) =>
        new(code, title, HelpLinks.ForIssue(code), IssueSeverity.Error);
}
