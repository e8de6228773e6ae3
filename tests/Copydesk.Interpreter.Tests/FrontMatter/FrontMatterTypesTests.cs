using System;
using System.Collections.Generic;
using Copydesk.Interpreter.Tests.Schemas;
using Copydesk.Markup.FrontMatter;
using Xunit;

namespace Copydesk.Interpreter.Tests.FrontMatter;

/// <summary>
/// The generated record types front matter as .NET types (<c>article.FrontMatter.Date</c> is a <see cref="DateOnly"/>),
/// and the interpreter holds the same values boxed in <see cref="FrontMatterValues"/>.
/// </summary>
public sealed class FrontMatterTypesTests
{
    private const string Post = """
        ---
        title: Harbor plan wins final approval
        date: 2024-05-14
        updated: 2024-05-15T08:30:00+02:00
        weight: 20
        rating: 4.5
        tags: [harbor, council]
        canonical: https://example.org/news/harbor-plan
        authors:
          - name: Ana Ruiz
            email: ana.ruiz@example.org
        ---
        Harbor plan wins final approval
        Commissioners voted 5-2.
        """;

    [Fact]
    public void Generated_properties_are_typed()
    {
        FrontMatterPost.FrontMatterPostFrontMatter frontMatter = FrontMatterPost.Parse(Post, cancellationToken: TestContext.Current.CancellationToken).GetDocumentOrThrow().FrontMatter;

        Assert.Equal("Harbor plan wins final approval", frontMatter.Title);
        Assert.Equal(new DateOnly(2024, 5, 14), frontMatter.Date);
        Assert.Equal(new DateTimeOffset(2024, 5, 15, 8, 30, 0, TimeSpan.FromHours(2)), frontMatter.Updated);
        Assert.False(frontMatter.Draft);
        Assert.Equal(20L, frontMatter.Weight);
        Assert.Equal(4.5m, frontMatter.Rating);
        Assert.Equal<IReadOnlyList<string>>(["harbor", "council"], frontMatter.Tags);
        Assert.Equal(new Uri("https://example.org/news/harbor-plan"), frontMatter.Canonical);
        Assert.Null(frontMatter.CoverImage);
        Assert.Equal("ana.ruiz@example.org", Assert.Single(frontMatter.Authors).Email);
        Assert.Null(frontMatter.Seo);
        Assert.Equal(2, frontMatter.Span.Line);
    }

    [Fact]
    public void Generated_records_compare_by_value()
    {
        Assert.Equal(FrontMatterPost.Parse(Post, cancellationToken: TestContext.Current.CancellationToken).GetDocumentOrThrow(), FrontMatterPost.Parse(Post, cancellationToken: TestContext.Current.CancellationToken).GetDocumentOrThrow());
    }

    [Fact]
    public void The_interpreter_holds_the_same_values_boxed()
    {
        FrontMatterValues values = TestFiles.Interpreter(TestFiles.TestFolder + "/front-matter-post.schema.yaml").Parse(Post, cancellationToken: TestContext.Current.CancellationToken).GetDocumentOrThrow().FrontMatter!;

        Assert.Equal(new DateOnly(2024, 5, 14), values["date"]);
        Assert.Equal(20L, values["weight"]);
        Assert.Equal(new Uri("https://example.org/news/harbor-plan"), values["canonical"]);
        Assert.Equal(new SourceSpan(3, 7, 3, 17, Post.IndexOf("2024-05-14", StringComparison.Ordinal), 10), values.SpanOf(2));
    }
}
