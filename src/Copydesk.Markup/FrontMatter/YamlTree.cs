using System.Collections.Generic;

namespace Copydesk.Markup.FrontMatter;

// The front matter as a small located tree of our own: YamlDotNet's representation model would copy aliases
// (exponential on a YAML bomb) and build itself recursively (a stack overflow on deep input). This one is built
// from the parser's events in a loop, shares the node an alias names instead of copying it, and knows each
// node's size with aliases counted as copies, which is what the limits bound.

/// <summary>A node of the front matter, with where it stands in the article.</summary>
internal abstract class YamlTreeNode
{
    protected YamlTreeNode(SourceSpan span) => Span = span;

    /// <summary>Where the node stands in the article text; a container's end is set when it closes.</summary>
    public SourceSpan Span { get; set; }

    /// <summary>How many nodes this one stands for: itself and its descendants, an alias counting as a copy.</summary>
    public int Size { get; set; } = 1;

    /// <summary>Describes the node for a "found …" phrase.</summary>
    public abstract string Describe();
}

/// <summary>A scalar: its text, and whether it was written plain (unquoted, untagged), so it may be a number, a boolean or null.</summary>
internal sealed class YamlTreeScalar : YamlTreeNode
{
    private const int MaxShownLength = 40;

    public YamlTreeScalar(string value, bool isPlain, SourceSpan span)
        : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>A plain empty value, <c>~</c> or <c>null</c>: YAML's null, which front matter reads as "not given".</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe()
    {
        string shown = Value.Length > MaxShownLength ? Value.Substring(0, MaxShownLength) + "…" : Value;
        return IsPlain ? "'" + shown + "'" : "the quoted string \"" + shown + "\"";
    }
}

/// <summary>A sequence.</summary>
internal sealed class YamlTreeSequence : YamlTreeNode
{
    public YamlTreeSequence(SourceSpan span)
        : base(span)
    {
    }

    public List<YamlTreeNode> Items { get; } = new();

    public override string Describe() => "a list";
}

/// <summary>A mapping, its entries in written order.</summary>
internal sealed class YamlTreeMapping : YamlTreeNode
{
    public YamlTreeMapping(SourceSpan span)
        : base(span)
    {
    }

    public List<KeyValuePair<YamlTreeScalar, YamlTreeNode>> Entries { get; } = new();

    public override string Describe() => "a mapping";
}
