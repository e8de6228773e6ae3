using System.Text;
using System.Threading;
using Copydesk.Interpretation;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// Parts may nest 64 levels deep (deeper is CD1019), and a parse recurses once per level it reads: an article that
/// reaches the deepest level of <c>deep-parts.schema.yaml</c> must parse on a 256 KB stack in both back ends, so no
/// accepted schema and no article can overflow the stack of a thread with a small stack.
/// </summary>
public sealed class DeepNestingTests
{
    private const int SmallStack = 256 * 1024;

    [Fact]
    public void An_article_at_the_deepest_level_parses_on_a_256_KB_stack_in_both_back_ends()
    {
        var text = new StringBuilder("Deep headline\n");
        for (int level = 0; level < 64; level++)
        {
            text.Append("Sentence at level ").Append(level).Append(".\n");
        }

        string article = text.ToString();
        SchemaInterpreter interpreter = TestFiles.Interpreter(TestFiles.TestFolder + "/deep-parts.schema.yaml");
        (string? Json, System.Collections.Generic.IReadOnlyList<ArticleIssue> Issues) generated = default, interpreted = default;

        RunOnSmallStack(() => generated = GeneratedArticles.BySchemaFile["deep-parts.schema.yaml"].Run(article));
        RunOnSmallStack(() => interpreted = TestFiles.Run(interpreter, article));

        Assert.NotNull(generated.Json);
        Assert.Contains("\"text\":\"Sentence at level 63.\"", generated.Json);
        Assert.Equal(generated.Json, interpreted.Json);
        Assert.Equal(generated.Issues, interpreted.Issues);
    }

    private static void RunOnSmallStack(ThreadStart work)
    {
        System.Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    work();
                }
                catch (System.Exception exception)
                {
                    failure = exception;
                }
            },
            SmallStack);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }
}
