using System.Linq;
using Copydesk.Interpretation;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// The interpreter's own document model, which the generated code has no counterpart of: a tree of records, cases
/// and values named after the schema, each with its span, that compares by value.
/// </summary>
public sealed class InterpretedTreeTests
{
    [Fact]
    public void The_tree_holds_every_slot_in_order_with_its_span()
    {
        SchemaInterpreter interpreter = TestFiles.Inline(LayoutSemanticsTests.QuotedStory);

        InterpretedArticle article = interpreter.Parse("Title\n\n\"Yes.\"\n  — Ana Ruiz\nDone.\n", cancellationToken: TestContext.Current.CancellationToken).GetDocumentOrThrow();

        InterpretedRecord root = article.Root;
        Assert.True(root.IsArticle);
        Assert.Equal("Story", root.Name);
        Assert.Equal(["title", "note", "body"], root.Fields.AsSpan().ToArray().Select(f => f.Name));
        Assert.Equal(article.Span, root.Span);
        Assert.Equal(new SourceSpan(1, 1, 5, 6, 0, 32), root.Span);
        Assert.Equal("Title", Assert.IsType<InterpretedText>(root["title"].Value).Text);
        Assert.Null(root["note"].Value);
        Assert.False(root["note"].IsList);
        Assert.True(root["body"].IsList);

        var quote = Assert.IsType<InterpretedCase>(root["body"].Items[0]);
        Assert.Equal("quote", quote.Name);
        var record = Assert.IsType<InterpretedRecord>(quote.Value);
        Assert.Equal("Quote", record.Name);
        Assert.False(record.IsArticle);
        Assert.Equal("Yes.", Assert.IsType<InterpretedText>(record["text"].Value).Text);
        Attribution by = Assert.IsType<InterpretedAttribution>(record["by"].Value).Value;
        Assert.Equal(("— Ana Ruiz", "Ana Ruiz", (string?)null), (by.Text, by.Speaker, by.Context));
        Assert.Equal(new SourceSpan(4, 3, 4, 13, 16, 10), by.Span);
        Assert.Equal(new SourceSpan(3, 1, 4, 13, 7, 19), quote.Span);

        var paragraph = Assert.IsType<InterpretedCase>(root["body"].Items[1]);
        Assert.Equal("paragraph", paragraph.Name);
        Assert.Equal("Done.", Assert.IsType<InterpretedText>(paragraph.Value).Text);
        Assert.False(root.TryGetField("missing", out _));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => root["missing"]);
    }

    [Fact]
    public void Equal_texts_read_to_equal_trees()
    {
        SchemaInterpreter interpreter = TestFiles.Inline(LayoutSemanticsTests.Outline);

        InterpretedArticle first = interpreter.Parse("Title\nBody one.\nBody two.", cancellationToken: TestContext.Current.CancellationToken).GetDocumentOrThrow();
        InterpretedArticle second = interpreter.Parse("Title\nBody one.\nBody two.", cancellationToken: TestContext.Current.CancellationToken).GetDocumentOrThrow();
        InterpretedArticle other = interpreter.Parse("Title\nBody one.\nBody 2.", cancellationToken: TestContext.Current.CancellationToken).GetDocumentOrThrow();

        Assert.Equal(first.Root, second.Root);
        Assert.NotEqual(first.Root, other.Root);
    }
}
