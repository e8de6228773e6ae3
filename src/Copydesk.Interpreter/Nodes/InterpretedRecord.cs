using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Copydesk.Interpretation;

/// <summary>The article or one of its parts: one field per slot, in the order of the schema.</summary>
public sealed record InterpretedRecord : InterpretedNode
{
    private readonly SourceSpan span;

    internal InterpretedRecord(string name, bool isArticle, NodeList<InterpretedField> fields, SourceSpan span)
    {
        Name = name;
        IsArticle = isArticle;
        Fields = fields;
        this.span = span;
    }

    /// <summary>The part name, or the article type name for the article itself.</summary>
    public string Name { get; }

    /// <summary>Whether this is the article (its fields are the layout's slots) rather than a part.</summary>
    public bool IsArticle { get; }

    /// <summary>The slots' values, in the order the schema lists the slots.</summary>
    public NodeList<InterpretedField> Fields { get; }

    /// <summary>Where the record stands: from its first line to its last (an empty span where it read nothing).</summary>
    public override SourceSpan Span => span;

    /// <summary>The field of the slot named <paramref name="name"/> (as written in the schema).</summary>
    /// <exception cref="KeyNotFoundException">The record has no such slot.</exception>
    public InterpretedField this[string name] =>
        TryGetField(name, out InterpretedField field) ? field : throw new KeyNotFoundException($"{Name} has no slot named '{name}'.");

    /// <summary>Finds the field of the slot named <paramref name="name"/>.</summary>
    /// <param name="name">The slot name as written in the schema.</param>
    /// <param name="field">The field, when found.</param>
    /// <returns>Whether the record has that slot.</returns>
    public bool TryGetField(string name, [MaybeNullWhen(false)] out InterpretedField field)
    {
        ArgumentNullException.ThrowIfNull(name);

        // Records have a handful of slots: a scan beats building a dictionary per record.
        foreach (InterpretedField candidate in Fields)
        {
            if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
            {
                field = candidate;
                return true;
            }
        }

        field = default;
        return false;
    }
}
