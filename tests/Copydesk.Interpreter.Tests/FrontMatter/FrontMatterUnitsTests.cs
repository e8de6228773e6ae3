using System.Collections.Generic;
using System.Linq;
using Copydesk.Interpretation;
using Copydesk.Units;
using Xunit;

namespace Copydesk.Interpreter.Tests.FrontMatter;

/// <summary>
/// The units a tool is shown for a schema with front matter (<see cref="SchemaInterpreter.ReadUnits(string)"/>, behind
/// <c>copydesk units --schema</c>) are those the parse reads, whatever the front matter holds: found from its fences
/// alone, without reading its YAML.
/// </summary>
public sealed class FrontMatterUnitsTests
{
    public static TheoryData<string> Articles => new(
        "---\ntitle: T\ndate: 2024-01-01\n---\nHeadline\nA paragraph.\n",
        "\uFEFF---  \r\ntitle: T\r\ndate: 2024-01-01\r\n---\t\r\nHeadline\r\nA paragraph.\r\n",
        "Headline\nA paragraph.\n",
        "---\ntitle: [unclosed\n---\nHeadline\nA paragraph.\n",
        "---\n- a list\n- not a mapping\n---\nHeadline\nA paragraph.\n",
        "---\ntitle: 42\nweight: heavy\n---\nHeadline\nA paragraph.\n",
        "---\ntitle: T\nHeadline\nA paragraph.\n",
        "---\n---\n---\nHeadline\n");

    [Theory]
    [MemberData(nameof(Articles))]
    public void The_units_shown_are_the_units_the_parse_reads(string article)
    {
        SchemaInterpreter interpreter = TestFiles.Inline(FrontMatterSchemas.Post);
        var parsed = new UnitsSeen();
        interpreter.Parse(article, parsed, TestContext.Current.CancellationToken);

        TextUnit[] shown = interpreter.ReadUnits(article);

        Assert.Equal(parsed.Units.Select(Describe), shown.Select(Describe));
    }

    private static string Describe(TextUnit unit) => $"{unit.Kind} {unit.Span} {unit.Text}";

    /// <summary>Keeps the units a parse starts on.</summary>
    private sealed class UnitsSeen : IParseTrace
    {
        public IReadOnlyList<TextUnit> Units { get; private set; } = [];

        public void Start(IReadOnlyList<TextUnit> units) => Units = units;

        public void Attempt(int lineIndex, string slot, string expected)
        {
        }

        public void Matched(int lineIndex, string slot, string expected)
        {
        }

        public void Rejected(int lineIndex, string slot, string expected, string reason)
        {
        }

        public void PartFailed(int startLineIndex, string part, int failedAtLineIndex)
        {
        }
    }
}
