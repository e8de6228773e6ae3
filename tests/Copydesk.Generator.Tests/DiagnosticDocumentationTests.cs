using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Reading;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>
/// <c>docs/diagnostics.md</c> has a section for every id, and its examples are true: the wrong schema
/// reports the id, the right schema does not.
/// </summary>
public sealed partial class DiagnosticDocumentationTests
{
    // These cannot come from one schema file: CD1015 needs two schemas, the project diagnostics a project (their
    // examples are project files; ProjectRequirementTests shows them), CD1052 a project without Copydesk.Markup, CD1120 a
    // schema of thousands of parts (its example is abridged; GeneratedSizeTests builds one in full), CD1099 a generator bug,
    // the content diagnostics a project with content (their examples are project files; ContentDeclarationTests shows them).
    private static readonly HashSet<string> NotReproducibleFromOneFile = ["CD1015", .. ProjectRequirementTests.ProjectIds, "CD1052", "CD1120", "CD1099", .. Content.ContentDeclarationTests.ContentIds];

    private static readonly string Page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "diagnostics.md"));

    public static TheoryData<string> Ids => new(DiagnosticCatalog.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_an_anchored_section_with_a_wrong_and_a_right_example(string id)
    {
        string section = Section(id);

        Assert.Contains($"## {id}", section, StringComparison.Ordinal);
        if (id is "CD1099" or "CD1149")
        {
            // An internal error has no wrong schema to show: the section says how to report it instead.
            return;
        }

        Assert.Contains("**Wrong**", section, StringComparison.Ordinal);
        Assert.Contains("**Right**", section, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_wrong_example_reports_the_id_and_the_right_one_does_not(string id)
    {
        if (NotReproducibleFromOneFile.Contains(id))
        {
            return;
        }

        string section = Section(id);
        string wrong = YamlAfter(section, "**Wrong**");
        string right = YamlAfter(section, "**Right**");

        Assert.Contains(SchemaLoader.Load(wrong, TestContext.Current.CancellationToken).Diagnostics, d => d.Id == id);
        Assert.DoesNotContain(SchemaLoader.Load(right, TestContext.Current.CancellationToken).Diagnostics, d => d.Id == id);
    }

    private static string Section(string id)
    {
        string anchor = $"<a id=\"{id.ToLowerInvariant()}\"></a>";
        int start = Page.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/diagnostics.md has no anchor for {id}");
        int next = Page.IndexOf("<a id=\"cd", start + anchor.Length, StringComparison.Ordinal);
        return next < 0 ? Page[start..] : Page[start..next];
    }

    private static string YamlAfter(string section, string heading)
    {
        int at = section.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no {heading} example");
        Match block = YamlBlock().Match(section, at);
        Assert.True(block.Success, $"no yaml block after {heading}");
        return block.Groups[1].Value;
    }

    [GeneratedRegex("```yaml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
