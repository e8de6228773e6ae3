using System.Linq;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests.FrontMatter;

/// <summary>
/// What goes wrong in front matter is an issue located at the key or value in the article file (not in the front
/// matter), with its path: a missing required key, a wrong type or a value its parser refuses stops the parse; a
/// failed check or an unknown key is reported by Validate(). Both back ends.
/// </summary>
public sealed class FrontMatterIssueTests
{
    private const string Body = "Headline\nBody.\n";

    [Theory]
    [EachBackEnd]
    public void A_missing_required_key_stops_the_parse_at_the_opening_fence(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ndate: 2024-03-05\n---\n" + Body);

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Null(outcome.Json);
        Assert.Equal((IssueCodes.FrontMatterMissingKey, IssueSeverity.Error, "frontMatter.title"), (issue.Code, issue.Severity, issue.Path));
        Assert.Equal("frontMatter.title is required: add the key 'title' to the front matter.", issue.Message);
        Assert.Equal(new SourceSpan(1, 1, 1, 4, 0, 3), issue.Span);
    }

    [Theory]
    [EachBackEnd]
    public void A_required_key_left_empty_is_reported_at_the_key(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ndate: 2024-03-05\ntitle:\n---\n" + Body);

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal("frontMatter.title is required and is empty.", issue.Message);
        Assert.Equal((3, 1, 3, 6), (issue.Span.Line, issue.Span.Column, issue.Span.EndLine, issue.Span.EndColumn));
    }

    [Theory]
    [EachBackEnd]
    public void An_article_without_front_matter_misses_every_required_key(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, Body);

        Assert.Equal(["frontMatter.title", "frontMatter.date"], outcome.Issues.Select(i => i.Path));
        Assert.All(outcome.Issues, issue => Assert.Equal(new SourceSpan(1, 1, 1, 1, 0, 0), issue.Span));
    }

    [Theory]
    [EachBackEnd]
    public void A_scalar_where_a_list_belongs_is_a_wrong_type_at_the_value(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: T\ndate: 2024-03-05\ntags: news\n---\n" + Body);

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal((IssueCodes.FrontMatterWrongType, "frontMatter.tags"), (issue.Code, issue.Path));
        Assert.Equal("frontMatter.tags must be a list of texts, not 'news'.", issue.Message);
        Assert.Equal((4, 7, 4, 11), (issue.Span.Line, issue.Span.Column, issue.Span.EndLine, issue.Span.EndColumn));
    }

    [Theory]
    [EachBackEnd]
    public void A_wrong_item_of_a_list_is_reported_with_its_index(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: T\ndate: 2024-03-05\ntags:\n  - news\n  - local\n  - [nested]\n---\n" + Body);

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal((IssueCodes.FrontMatterWrongType, "frontMatter.tags[2]"), (issue.Code, issue.Path));
        Assert.Equal((7, 5), (issue.Span.Line, issue.Span.Column));
    }

    [Theory]
    [EachBackEnd]
    public void A_quoted_boolean_is_a_string_not_a_boolean(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: T\ndate: 2024-03-05\ndraft: \"false\"\n---\n" + Body);

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal(IssueCodes.FrontMatterWrongType, issue.Code);
        Assert.Equal("frontMatter.draft must be a boolean (true or false), not the quoted string \"false\": remove the quotes.", issue.Message);
    }

    [Theory]
    [EachBackEnd]
    public void A_value_its_parser_refuses_carries_the_parser_code_at_the_value(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: T\ndate: March 5th\nweight: lots\ncanonical: www.example.org\nauthor: { name: A, email: not-an-address }\n---\n" + Body);

        Assert.Equal(
            [
                (IssueCodes.NotADate, "frontMatter.date", 3, 7),
                (IssueCodes.NotAnInteger, "frontMatter.weight", 4, 9),
                (IssueCodes.NotAUrl, "frontMatter.canonical", 5, 12),
                (IssueCodes.NotAnEmail, "frontMatter.author.email", 6, 27),
            ],
            outcome.Issues.Select(i => (i.Code, i.Path, i.Span.Line, i.Span.Column)));
        Assert.Equal("frontMatter.date is not a date: \"March 5th\".", outcome.Issues[0].Message);
    }

    [Theory]
    [EachBackEnd]
    public void Front_matter_errors_and_a_body_error_are_reported_together_in_document_order(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: T\n---\nThis headline ends with a full stop.\n");

        Assert.Equal([IssueCodes.FrontMatterMissingKey, IssueCodes.ParseError], outcome.Issues.Select(i => i.Code));
    }

    [Theory]
    [EachBackEnd]
    public void Failed_checks_and_unknown_keys_are_validation_issues_at_their_values(BackEnd backEnd)
    {
        string article = """
            ---
            title: A title well past the eighty characters this schema allows for the title of a post
            date: 2024-03-05
            weight: 250
            tags: [news, Local News, sport, arts, extra]
            category: sports
            layout: post
            ---
            Headline
            Body.
            """;

        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, article);

        Assert.NotNull(outcome.Json);
        Assert.Equal(
            [
                (IssueCodes.FrontMatterUnknownKey, IssueSeverity.Warning, "frontMatter.layout", 7, 1),
                (IssueCodes.MaxLength, IssueSeverity.Error, "frontMatter.title", 2, 8),
                (IssueCodes.FrontMatterOutOfRange, IssueSeverity.Error, "frontMatter.weight", 4, 9),
                (IssueCodes.Pattern, IssueSeverity.Error, "frontMatter.tags[1]", 5, 14),
                (IssueCodes.Count, IssueSeverity.Error, "frontMatter.tags", 5, 8),
                (IssueCodes.OneOf, IssueSeverity.Error, "frontMatter.category", 6, 11),
            ],
            outcome.Issues.Select(i => (i.Code, i.Severity, i.Path, i.Span.Line, i.Span.Column)));
        Assert.Equal("frontMatter.weight is 250; the maximum is 100.", outcome.Issues[2].Message);
    }

    [Theory]
    [EachBackEnd]
    public void A_front_matter_without_a_closing_fence_is_reported_at_the_opening_one(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: T\ndate: 2024-03-05\nHeadline\nBody.\n");

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal((IssueCodes.FrontMatterUnclosed, "frontMatter"), (issue.Code, issue.Path));
        Assert.Equal(new SourceSpan(1, 1, 1, 4, 0, 3), issue.Span);
    }

    [Theory]
    [EachBackEnd]
    public void Malformed_yaml_is_located_in_the_article(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: T\ndate: 2024-03-05\ntags: [news, local\n---\n" + Body);

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal(IssueCodes.FrontMatterSyntax, issue.Code);
        Assert.StartsWith("The front matter is not valid YAML: ", issue.Message);
        Assert.InRange(issue.Span.Line, 4, 5);
    }

    [Theory]
    [EachBackEnd]
    public void A_list_left_open_before_the_next_key_is_malformed_yaml_not_an_exception(BackEnd backEnd)
    {
        // YamlDotNet's scanner throws an unlocated InvalidOperationException on this input.
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: T\ntags: [a, b\ndate: 2024-01-01\n---\n" + Body);

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal(IssueCodes.FrontMatterSyntax, issue.Code);
        Assert.Equal(3, issue.Span.Line);
    }

    [Theory]
    [EachBackEnd]
    public void A_front_matter_that_is_a_list_is_not_a_mapping(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\n- title\n- date\n---\n" + Body);

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal(IssueCodes.FrontMatterNotMapping, issue.Code);
        Assert.Equal(2, issue.Span.Line);
    }

    [Theory]
    [EachBackEnd]
    public void A_key_given_twice_is_reported_at_the_second(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(FrontMatterSchemas.Post, "---\ntitle: T\ndate: 2024-03-05\ntitle: U\n---\n" + Body);

        ArticleIssue issue = Assert.Single(outcome.Issues);
        Assert.Equal((IssueCodes.FrontMatterDuplicateKey, "frontMatter.title", 4), (issue.Code, issue.Path, issue.Span.Line));
    }
}
