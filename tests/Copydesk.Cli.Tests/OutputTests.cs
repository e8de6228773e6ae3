using System.Collections.Generic;
using System.IO;
using Copydesk.Cli.Commands;
using Copydesk.Cli.Output;
using Xunit;

namespace Copydesk.Cli.Tests;

/// <summary>The pieces of output: summaries, ordered writing, progress and shortened text.</summary>
public sealed class OutputTests
{
    [Theory]
    [InlineData(1, 1, 1, 0, "1 file, 1 error, 1 warning")]
    [InlineData(0, 0, 0, 0, "0 files, 0 errors, 0 warnings")]
    [InlineData(3, 2, 0, 2, "3 files, 2 errors, 0 warnings, 2 infos")]
    public void Summaries_count_in_words(int files, int errors, int warnings, int infos, string expected)
    {
        var tally = new IssueTally();
        for (int i = 0; i < files; i++)
        {
            tally.AddFile(unreadable: false);
        }

        for (int i = 0; i < errors; i++)
        {
            tally.Add(IssueSeverity.Error);
        }

        for (int i = 0; i < warnings; i++)
        {
            tally.Add(IssueSeverity.Warning);
        }

        for (int i = 0; i < infos; i++)
        {
            tally.Add(IssueSeverity.Info);
        }

        Assert.Equal(expected, tally.Summary());
        Assert.Equal(errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success, tally.ExitCode);
    }

    [Fact]
    public void An_unreadable_file_wins_over_errors_in_the_exit_code()
    {
        var tally = new IssueTally();
        tally.AddFile([], unreadable: true);
        tally.Add(IssueSeverity.Error);

        Assert.Equal(ExitCodes.Failure, tally.ExitCode);
    }

    [Fact]
    public void Ordered_output_writes_results_in_index_order_as_soon_as_they_can_be()
    {
        using var output = new StringWriter { NewLine = "\n" };
        var streams = new CliStreams(output, TextWriter.Null);
        var written = new List<string>();
        var ordered = new OrderedOutput(streams, progress: null, result => written.Add(result.Outcome.File));

        ordered.Complete(2, Result("c"));
        Assert.Equal(string.Empty, output.ToString());
        ordered.Complete(0, Result("a"));
        Assert.Equal("a\n", output.ToString());
        ordered.Complete(1, Result("b"));
        ordered.Finish();

        Assert.Equal("a\nb\nc\n", output.ToString());
        Assert.Equal(["a", "b", "c"], written);
    }

    [Fact]
    public void The_progress_bar_is_only_for_large_batches_on_a_terminal()
    {
        Assert.Null(ProgressBar.CreateIfUseful(new CliStreams(TextWriter.Null, TextWriter.Null, ErrorIsInteractive: false), 1000));
        Assert.Null(ProgressBar.CreateIfUseful(new CliStreams(TextWriter.Null, TextWriter.Null, ErrorIsInteractive: true), ProgressBar.Threshold));
        Assert.NotNull(ProgressBar.CreateIfUseful(new CliStreams(TextWriter.Null, TextWriter.Null, ErrorIsInteractive: true), ProgressBar.Threshold + 1));
    }

    [Fact]
    public void The_progress_bar_draws_in_place_and_erases_itself()
    {
        using var error = new StringWriter();
        ProgressBar bar = ProgressBar.CreateIfUseful(new CliStreams(TextWriter.Null, error, ErrorIsInteractive: true), 100)!;

        bar.Update(50, force: true);
        bar.Clear();

        string drawn = "validating [###############---------------] 50/100 files";
        Assert.Equal("\r" + drawn + "\r" + new string(' ', drawn.Length) + "\r", error.ToString());
    }

    [Theory]
    [InlineData("short", 8, "short   ")]
    [InlineData("exactly8", 8, "exactly8")]
    [InlineData("too long by far", 8, "to…y far")]
    [InlineData("tab\there", 8, "tab here")]
    [InlineData("abcd\U0001F600efgh", 8, "ab…efgh ")]
    public void Shorten_fits_text_into_its_column(string text, int width, string expected)
    {
        Assert.Equal(expected, ExplainWriter.Shorten(text, width));
    }

    private static RenderedOutcome Result(string file) =>
        new(new ArticleOutcome(file, null, [], null), [file], []);
}
