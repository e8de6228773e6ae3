using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary><c>count</c> on a case of a <c>oneOf</c>: read like a count, planned as a check of the repeated slot.</summary>
public sealed class CaseCountTests
{
    // The layout starts at line 4.
    private static SchemaLoadResult Layout(params string[] slots) => LoadText(Header + "layout:\n" + string.Join("\n", slots) + "\n");

    [Fact]
    public void A_case_count_on_a_repeated_oneOf_is_a_check_of_the_slot()
    {
        SchemaLoadResult result = Layout("  - items: { repeat: 1+, oneOf: [ { title: { line: label, count: 1 } }, { text: sentence } ] }");

        Assert.True(result.Diagnostics.Count == 0, Show(result));
        SlotChecks checks = ParsePlanBuilder.Build(result.Schema!).Layout.Slots[0].Checks;
        Assert.True(checks.HasChecks);
        Assert.Equal([new CaseCountRule(0, "title", 1, 1)], checks.CaseCounts);
    }

    [Fact]
    public void A_case_count_without_repeat_is_CD1038_at_the_key()
    {
        SchemaDiagnostic diagnostic = Single(Layout("  - item: { oneOf: [ { title: { line: label, count: 1 } } ] }"), "CD1038", 4, 46);

        Assert.Contains("'count' applies only to cases of a 'oneOf' slot with 'repeat'", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_count_written_with_a_dash_is_CD1036()
    {
        Assert.Contains(Layout("  - items: { repeat: 1+, oneOf: [ { title: { line: label, count: 1-2 } } ] }").Diagnostics, d => d.Id == "CD1036");
    }
}
