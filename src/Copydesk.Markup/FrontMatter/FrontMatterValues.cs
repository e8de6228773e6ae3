using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Copydesk.Markup.FrontMatter;

/// <summary>
/// The typed values of one front-matter mapping, one per declared field in schema order: <see cref="string"/>,
/// <see cref="long"/>, <see cref="decimal"/>, <see cref="bool"/>, <see cref="DateOnly"/>, <see cref="DateTimeOffset"/>,
/// <see cref="Uri"/>, a nested <see cref="FrontMatterValues"/>, a <see cref="NodeList{T}"/> of <see cref="object"/>
/// for a list, or <see langword="null"/> for an optional field not given.
/// </summary>
/// <remarks>Generated code builds its typed records from it; the interpreter exposes it as it is.</remarks>
public sealed class FrontMatterValues
{
    private readonly object?[] values;
    private readonly SourceSpan[] spans;

    internal FrontMatterValues(IReadOnlyList<FrontMatterField> fields, object?[] values, SourceSpan[] spans, SourceSpan span)
    {
        Fields = fields;
        this.values = values;
        this.spans = spans;
        Span = span;
    }

    /// <summary>The fields, in schema order; <see cref="this[int]"/> holds the value of each.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IReadOnlyList<FrontMatterField> Fields { get; }

    /// <summary>Where the mapping stands in the article; for the top mapping, the YAML between the fences.</summary>
    public SourceSpan Span { get; }

    /// <summary>
    /// The issues the front matter's checks and unknown keys raised: <c>Validate()</c> reports them first. Only the top
    /// mapping holds any.
    /// </summary>
    public NodeList<ArticleIssue> Issues { get; internal set; }

    /// <summary>How many fields there are.</summary>
    public int Count => values.Length;

    /// <summary>The value of field <paramref name="index"/>, boxed (see the class remarks).</summary>
    public object? this[int index] => values[index];

    /// <summary>The value of the field named <paramref name="name"/>, boxed.</summary>
    /// <exception cref="KeyNotFoundException">No field has that name.</exception>
    public object? this[string name]
    {
        get
        {
            int index = FrontMatterField.IndexOf(Fields, name);
            return index >= 0 ? values[index] : throw new KeyNotFoundException($"The front matter has no field named '{name}'.");
        }
    }

    /// <summary>Where the value of field <paramref name="index"/> stands: the value as written, or its key or mapping for a default.</summary>
    public SourceSpan SpanOf(int index) => spans[index];

    /// <summary>The value of field <paramref name="index"/>, which the plan guarantees (a required or defaulted field).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public T Get<T>(int index) => (T)values[index]!;

    /// <summary>The value of an optional value-type field <paramref name="index"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public T? GetOptional<T>(int index)
        where T : struct => values[index] is T value ? value : null;

    /// <summary>The items of list field <paramref name="index"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public NodeList<T> GetList<T>(int index) => Map(index, static item => (T)item);

    /// <summary>The items of list field <paramref name="index"/>, each made into <typeparamref name="T"/> by <paramref name="convert"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public NodeList<T> Map<T>(int index, Func<object, T> convert)
    {
        ArgumentNullException.ThrowIfNull(convert);
        if (values[index] is not NodeList<object> items || items.Count == 0)
        {
            return NodeList<T>.Empty;
        }

        var converted = new T[items.Count];
        for (int i = 0; i < converted.Length; i++)
        {
            converted[i] = convert(items[i]);
        }

        return new NodeList<T>(converted, 0, converted.Length);
    }
}
