namespace Copydesk.Markup.FrontMatter;

/// <summary>
/// How much front matter an article may hold, so a hostile article (a YAML bomb, thousands of nested brackets) ends
/// in a located issue in time and memory proportional to its length, never in a hang or a stack overflow.
/// </summary>
public static class FrontMatterLimits
{
    /// <summary>How deep sequences and mappings may nest (the top mapping is depth 1): beyond it, <see cref="IssueCodes.FrontMatterTooDeep"/>.</summary>
    public const int MaxDepth = 32;

    /// <summary>How many nodes (scalars, sequences and mappings) the front matter may hold: beyond it, <see cref="IssueCodes.FrontMatterTooLarge"/>.</summary>
    public const int MaxNodes = 10_000;

    /// <summary>
    /// How many nodes the front matter may hold once every alias is counted as a copy of what it names: beyond it,
    /// <see cref="IssueCodes.FrontMatterAliasExpansion"/>. Aliases are never copied, only counted.
    /// </summary>
    public const int MaxExpandedNodes = 10_000;

    /// <summary>How many characters one scalar may have: beyond it, <see cref="IssueCodes.FrontMatterScalarTooLong"/>.</summary>
    public const int MaxScalarLength = 65_536;
}
