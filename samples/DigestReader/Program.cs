using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Copydesk;
using Copydesk.Json;
using Copydesk.Samples;

namespace DigestReader;

/// <summary>
/// Reads digest-story articles with the parser generated from <c>schemas/digest-story.schema.yaml</c>:
/// prints each article as JSON with its validation issues (or "no issues"), or the contract lines with <c>--format json</c>.
/// Exit code 0 when no issue is an error, 1 when one is, 2 for bad usage.
/// </summary>
public static class Program
{
    private const string Usage = "usage: DigestReader [--format json|text] <article file>...";

    public static int Main(string[] args)
    {
        if (args.Length == 1 && args[0] is "-h" or "--help")
        {
            Console.Out.WriteLine("Reads digest-story articles and prints them as JSON with their validation issues.");
            Console.Out.WriteLine(Usage);
            return 0;
        }

        if (!TryReadArguments(args, out bool json, out List<string> files, out string? problem))
        {
            Console.Error.WriteLine(problem);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        bool anyError = false;
        foreach (string file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"{file}: error: cannot read the file: {exception.Message}");
                return 2;
            }

            ParseResult<DigestStory> result = DigestStory.Parse(text);
            IReadOnlyList<ArticleIssue> issues = result.Document?.Validate() ?? result.Issues;
            anyError |= issues.Any(issue => issue.Severity == IssueSeverity.Error);
            if (json)
            {
                Console.Out.WriteLine(ContractJson.SerializeResult(file, result.Document, issues));
                continue;
            }

            if (result.Document is not null)
            {
                Console.Out.WriteLine(result.Document.ToJson(indented: true));
            }

            foreach (ArticleIssue issue in issues)
            {
                Console.Out.WriteLine(issue.ToString(file));
            }

            // Say so when validation found nothing, so a clean article is not mistaken for a run that skipped it.
            if (issues.Count == 0)
            {
                Console.Out.WriteLine($"{file}: no issues");
            }
        }

        return anyError ? 1 : 0;
    }

    private static bool TryReadArguments(string[] args, out bool json, out List<string> files, out string? problem)
    {
        json = false;
        files = new List<string>();
        problem = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length && args[i + 1] is "json" or "text":
                    json = args[++i] == "json";
                    break;
                case "--format":
                    problem = "error: --format takes 'json' or 'text'.";
                    return false;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    problem = $"error: unknown option '{option}'.";
                    return false;
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            problem = "error: name at least one article file.";
            return false;
        }

        return true;
    }
}
