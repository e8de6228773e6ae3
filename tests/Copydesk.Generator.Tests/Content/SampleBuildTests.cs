using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Copydesk.Generator.Tests.Content;

/// <summary>
/// <c>samples/NewsroomContent</c>, copied and built with <c>dotnet build</c> as a user would: its stories build clean
/// and the program lists them; with the broken article of <c>broken/</c> added the build fails with the article's
/// issues at their line and column; taking it out makes the build clean again.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class SampleBuildTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void The_broken_article_fails_the_build_at_its_issues_and_removing_it_makes_the_build_clean()
    {
        string folder = Path.Combine(Path.GetTempPath(), "copydesk-newsroom-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopySample(folder);
            File.Copy(Path.Combine(folder, "broken", "late-edition.md"), Path.Combine(folder, "content", "stories", "late-edition.md"));

            (int brokenExit, string brokenOutput) = Dotnet(folder, "build", "--nologo", "-clp:NoSummary");

            Assert.NotEqual(0, brokenExit);
            Assert.Equal(
                [
                    "content/stories/late-edition.md(2,8): error CD3001: frontMatter.title is 94 characters long; the limit is 90. (https://github.com/copydesk/copydesk/blob/main/docs/issues.md#cd3001)",
                    "content/stories/late-edition.md(5,7): error CD3009: frontMatter.tags has 0 items; expected 1..5. (https://github.com/copydesk/copydesk/blob/main/docs/issues.md#cd3009)",
                ],
                DiagnosticLines(brokenOutput, folder));

            File.Delete(Path.Combine(folder, "content", "stories", "late-edition.md"));
            (int cleanExit, string cleanOutput) = Dotnet(folder, "build", "--nologo", "-clp:NoSummary", "-warnaserror");

            Assert.True(cleanExit == 0, cleanOutput);
            Assert.Empty(DiagnosticLines(cleanOutput, folder));
            (int runExit, string listing) = Dotnet(folder, "run", "--no-build");
            Assert.Equal(0, runExit);
            Assert.Equal(["[market-square]", "[library-hours]", "[harbour-ferry]"], listing.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()[line.Trim().LastIndexOf('[')..]));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The sample without its build output, its paths into the repository made absolute.</summary>
    private static void CopySample(string folder)
    {
        string sample = Path.Combine(Root, "samples", "NewsroomContent");
        foreach (string file in Directory.GetFiles(sample, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(sample, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            string target = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        string project = Path.Combine(folder, "NewsroomContent.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("../../", Root.Replace('\\', '/').TrimEnd('/') + "/", StringComparison.Ordinal));

        // What the repository's Directory.Build.props gives the sample, without the rest of the repository.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project><PropertyGroup><LangVersion>latest</LangVersion><Nullable>enable</Nullable><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
    }

    /// <summary>The distinct <c>file(line,col): severity CDnnnn: message</c> lines of a build, paths relative to the project.</summary>
    private static string[] DiagnosticLines(string output, string folder) => output
        .Split('\n')
        .Select(line => ProjectSuffix().Replace(line.Trim(), string.Empty))
        .Where(line => CopydeskDiagnostic().IsMatch(line))
        .Select(line => line.Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Replace('\\', '/'))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static (int ExitCode, string Output) Dotnet(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(600_000), "dotnet did not finish in ten minutes");
        return (process.ExitCode, output + error.Result);
    }

    private static string FindRoot()
    {
        string? folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "Toolkit.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder ?? throw new InvalidOperationException("The tests do not run inside the repository.");
    }

    [GeneratedRegex(@": (error|warning|info) CD\d{4}: ")]
    private static partial Regex CopydeskDiagnostic();

    [GeneratedRegex(@" \[[^\]]*\.csproj\]$")]
    private static partial Regex ProjectSuffix();
}
