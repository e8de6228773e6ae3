using System.Globalization;
using Copydesk.Units;

namespace Copydesk.Cli.Output;

/// <summary>How the tool names units: the kind words of <c>block:</c> (<c>listItem</c>), with a heading's level.</summary>
public static class UnitsText
{
    /// <summary>The kind as <c>block:</c> names it: camel case (<c>thematicBreak</c>).</summary>
    public static string Name(UnitKind kind)
    {
        string name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The kind of <paramref name="unit"/>, with the level of a heading (<c>heading 2</c>).</summary>
    public static string Kind(TextUnit unit) => unit.Level > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Name(unit.Kind)} {unit.Level}")
        : Name(unit.Kind);
}
