using System.Linq;
using System.Text;
using Copydesk.Schema.Diagnostics;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>
/// CD1019 for parts nested deeper than 64 levels: a parse recurses once per part level it reads, so the limit is what
/// keeps any article from overflowing the stack of a parser generated from an accepted schema.
/// </summary>
public sealed class PartDepthTests
{
    /// <summary>A chain P0 → P1 → … → P{depth-1}, each part an optional slot of the next plus a line, read by the layout.</summary>
    public static string Chain(int depth)
    {
        var text = new StringBuilder(Header).Append("parts:\n");
        for (int i = 0; i < depth; i++)
        {
            text.Append("  P").Append(i).Append(":\n    - text: sentence\n");
            if (i + 1 < depth)
            {
                text.Append("    - next: { part: P").Append(i + 1).Append(", optional: true }\n");
            }
        }

        return text.Append("layout:\n  - headline: label\n  - first: P0\n").ToString();
    }

    [Fact]
    public void Parts_nested_64_deep_are_accepted()
    {
        SchemaLoadResult result = LoadText(Chain(Model.PartGraph.MaxNestingDepth));

        Assert.True(result.Diagnostics.Count == 0, Show(result));
        Assert.NotNull(result.Schema);
    }

    [Theory]
    [InlineData(65)]
    [InlineData(8001)]
    public void Parts_nested_deeper_are_CD1019_once_at_the_part_that_starts_a_chain_too_deep(int depth)
    {
        SchemaLoadResult result = LoadText(Chain(depth));

        SchemaDiagnostic diagnostic = Assert.Single(result.Diagnostics);
        int tooDeep = depth - 65;

        // Part P{n} is declared on line 4 + 3n (its name), after 'parts:' on line 3.
        AssertAt(diagnostic, "CD1019", 4 + (3 * tooDeep), 3);
        Assert.Contains($"part 'P{tooDeep}' starts a chain of 65 nested parts ({depth} in the deepest chain)", diagnostic.Message);
        Assert.Contains("flatten the chain", diagnostic.Message);
        Assert.Null(result.Schema);
    }

    [Fact]
    public void The_depth_counts_parts_read_through_oneOf_cases_too()
    {
        string schema = Chain(65).Replace("    - next: { part: P30, optional: true }", "    - next: { optional: true, oneOf: [ { deeper: P30 }, { plain: label } ] }");

        Assert.Single(LoadText(schema).Diagnostics, d => d.Id == "CD1019");
    }
}
