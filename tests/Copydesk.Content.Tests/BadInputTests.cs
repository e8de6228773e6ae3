extern alias content;

using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using content::Copydesk.Content;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Reading;
using Xunit;

namespace Copydesk.Content.Tests;

/// <summary>Hostile or broken input gives one clear, located issue, in bounded time, and never an exception.</summary>
public sealed class BadInputTests
{
    private static readonly ContentSchema FrontMatterPost = ContentFiles.LoadSchema(ContentFiles.SchemaFor("front-matter-post"));
    private static readonly ContentSchema DigestStory = ContentFiles.LoadSchema(ContentFiles.SchemaFor("digest-story"));

    [Fact]
    public void A_50_MB_article_is_one_CD0004_at_its_first_line_and_is_not_parsed()
    {
        string huge = string.Concat(Enumerable.Repeat("A paragraph of a very long article that goes on and on.\n", 50 * 1024 * 1024 / 57 + 1));
        var clock = Stopwatch.StartNew();

        ContentCheckResult fromText = ContentChecker.Check(DigestStory, "huge.txt", huge);
        ContentCheckResult fromBytes = ContentChecker.Check(DigestStory, "huge.txt", Encoding.UTF8.GetBytes(huge));

        ContentIssue issue = Assert.Single(fromText.Issues);
        Assert.Equal(("CD0004", "error", 1, 1), (issue.Code, content::Copydesk.IssueSeverityNames.ToName(issue.Severity), issue.StartLine, issue.StartColumn));
        Assert.Equal("cannot read the file: it is larger than the article size cap of 8 MiB for articles checked in the build.", issue.Message);
        Assert.Equal("https://github.com/copydesk/copydesk/blob/main/docs/cli.md#cd0004", issue.HelpLink);
        Assert.Equal(fromText, fromBytes);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "The cap is checked before the article is read.");
    }

    [Fact]
    public void The_size_cap_counts_bytes_of_UTF_8_and_can_be_raised()
    {
        string article = "Headline\n\n" + new string('é', 600) + "\n";
        var small = new ContentLimits { MaxArticleBytes = 1024 };

        Assert.Equal("CD0004", Assert.Single(ContentChecker.Check(DigestStory, "a.txt", article, small).Issues).Code);
        Assert.DoesNotContain(ContentChecker.Check(DigestStory, "a.txt", article, new ContentLimits { MaxArticleBytes = 2048 }).Issues, issue => issue.Code == "CD0004");
        Assert.Equal("CD0004", Assert.Single(ContentChecker.Check(DigestStory, "a.txt", Encoding.UTF8.GetBytes(article), small).Issues).Code);
    }

    [Fact]
    public void A_YAML_bomb_in_the_front_matter_is_one_CD2024_at_the_alias_that_expands_too_far()
    {
        string bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
            + string.Concat(Enumerable.Range(1, 8).Select(level => $"{(char)('a' + level)}: &{(char)('a' + level)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + level - 1), 9))}]\n"))
            + "---\nHarbor plan wins final approval\n\nThe commission voted 5-2.\n";

        ContentIssue issue = Assert.Single(ContentChecker.Check(FrontMatterPost, "bomb.md", bomb).Issues);

        Assert.Equal(("CD2024", 6, 8), (issue.Code, issue.StartLine, issue.StartColumn));
        Assert.Contains("YAML bomb", issue.Message, StringComparison.Ordinal);
        Assert.Equal("https://github.com/copydesk/copydesk/blob/main/docs/issues.md#cd2024", issue.HelpLink);
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_are_one_CD0002_at_the_first_bad_byte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Headline\r\n\r\nCaf"), 0xE9, .. Encoding.UTF8.GetBytes(" au lait.\r\n")];

        ContentIssue issue = Assert.Single(ContentChecker.Check(DigestStory, "latin1.txt", bytes).Issues);

        Assert.Equal(("CD0002", 3, 4), (issue.Code, issue.StartLine, issue.StartColumn));
        Assert.StartsWith("cannot read the file: it is not UTF-8 text: byte 0xE9 is not valid UTF-8", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_of_a_schema_with_errors_is_not_checked_and_says_so()
    {
        ContentSchema broken = ContentSchema.Load("broken.schema.yaml", "copydesk: 1\ntype: Broken\nlayout:\n  - nowhere\n");

        ContentCheckResult result = ContentChecker.Check(broken, "a.txt", "Headline\n");

        Assert.False(broken.IsUsable);
        Assert.True(broken.ErrorCount > 0);
        Assert.NotEmpty(broken.Diagnostics);
        Assert.True(result.SchemaHasErrors);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Results_and_schemas_are_values_a_build_pipeline_can_cache()
    {
        string text = File.ReadAllText(ContentFiles.SchemaFor("digest-story"));
        ContentSchema first = ContentSchema.Load("digest-story.schema.yaml", text);
        ContentSchema second = ContentSchema.Load("digest-story.schema.yaml", text);
        string article = "Headline\n\nA short body.\n";

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, ContentSchema.Load("other.schema.yaml", text));
        Assert.Equal(ContentChecker.Check(first, "a.txt", article), ContentChecker.Check(second, "a.txt", article));
        Assert.NotEqual(ContentChecker.Check(first, "a.txt", article), ContentChecker.Check(first, "b.txt", article));
    }

    [Fact]
    public void A_schema_prepared_from_a_loaded_model_is_the_schema_loaded_from_its_text()
    {
        string text = File.ReadAllText(ContentFiles.SchemaFor("digest-story"));
        SchemaLoadResult model = SchemaLoader.Load(text, TestContext.Current.CancellationToken);
        ContentSchema prepared = ContentSchema.Create("digest-story.schema.yaml", model);
        ContentSchema broken = ContentSchema.Create("broken.schema.yaml", SchemaLoader.Load("copydesk: 1\ntype: Broken\nlayout:\n  - nowhere\n", TestContext.Current.CancellationToken));
        string article = "Headline\n\nTODO: a short body.\n";

        Assert.Equal(ContentSchema.Load("digest-story.schema.yaml", text), prepared);
        Assert.Equal(ContentSchema.Create("digest-story.schema.yaml", SchemaLoader.Load(text, TestContext.Current.CancellationToken)), prepared);
        Assert.NotEqual(ContentSchema.Create("digest-story.schema.yaml", SchemaLoader.Load(text.Replace("maxLength: 120", "maxLength: 90", StringComparison.Ordinal), TestContext.Current.CancellationToken)), prepared);
        Assert.Equal(ContentChecker.Check(ContentSchema.Load("digest-story.schema.yaml", text), "a.txt", article), ContentChecker.Check(prepared, "a.txt", article));
        Assert.Equal(model.Diagnostics, prepared.Diagnostics);
        Assert.False(broken.IsUsable);
        Assert.True(broken.ErrorCount > 0);
    }
}
