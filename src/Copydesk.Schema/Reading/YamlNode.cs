using System.Collections.Generic;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Reading;

// A minimal YAML tree of our own rather than YamlDotNet's RepresentationModel: that model resolves
// aliases into shared nodes (exponential to walk) and builds itself recursively (stack overflow on
// deep input). This tree is built iteratively, never contains an alias and is at most 64 levels deep.

/// <summary>A node of the schema's YAML tree, with where it stands in the file.</summary>
internal abstract class YamlNode
{
    protected YamlNode(TextRange range) => Range = range;

    /// <summary>Where the node stands; a container's end is set when it closes.</summary>
    public TextRange Range { get; set; }

    /// <summary>Describes the node for a "found ..." phrase in a message.</summary>
    public abstract string Describe();
}

/// <summary>A scalar: its text and whether it was written plain (unquoted, so it may be a number, bool or null).</summary>
internal sealed class YamlScalar : YamlNode
{
    private const int MaxShownLength = 40;

    public YamlScalar(string value, bool isPlain, TextRange range)
        : base(range)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>
    /// For an empty value followed by a comment on its line (<c>marker: ###</c>): the key and the comment, which
    /// is what the author meant as the value.
    /// </summary>
    public CommentedValue? LostToComment { get; set; }

    /// <summary>True for a plain empty value, <c>~</c> or <c>null</c> (the YAML 1.2 core schema's nulls).</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe()
    {
        if (IsNull)
        {
            return "nothing";
        }

        string shown = Value.Length > MaxShownLength ? Value.Substring(0, MaxShownLength) + "…" : Value;
        return IsPlain ? "'" + shown + "'" : "the string '" + shown + "'";
    }
}

/// <summary>A value YAML read as a comment: the key it belongs to and the text after <c>#</c>.</summary>
internal sealed class CommentedValue
{
    public CommentedValue(YamlScalar key, string text)
    {
        Key = key;
        Text = text;
    }

    public YamlScalar Key { get; }

    public string Text { get; }
}

/// <summary>A sequence of nodes.</summary>
internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(TextRange range)
        : base(range)
    {
    }

    public List<YamlNode> Items { get; } = new();

    public override string Describe() => "a sequence";
}

/// <summary>A mapping, with its entries in written order (duplicates kept; readers report them).</summary>
internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(TextRange range)
        : base(range)
    {
    }

    public List<YamlEntry> Entries { get; } = new();

    public override string Describe() => "a mapping";
}

/// <summary>A node that was rejected while reading the tree (an alias); already reported, so readers skip it silently.</summary>
internal sealed class YamlRejected : YamlNode
{
    public YamlRejected(TextRange range)
        : base(range)
    {
    }

    public override string Describe() => "an alias";
}

/// <summary>One key/value pair of a mapping.</summary>
internal readonly struct YamlEntry
{
    public YamlEntry(YamlNode key, YamlNode value)
    {
        Key = key;
        Value = value;
    }

    public YamlNode Key { get; }

    public YamlNode Value { get; }
}
