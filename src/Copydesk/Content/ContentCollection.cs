using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace Copydesk;

/// <summary>
/// The articles of one content collection embedded in an assembly, in path order, each found by its slug. Creating
/// the collection reads and parses nothing: each <see cref="ContentEntry{TArticle}"/> does on first access.
/// </summary>
/// <typeparam name="TArticle">The article type generated from the collection's schema.</typeparam>
public sealed class ContentCollection<TArticle> : IReadOnlyList<ContentEntry<TArticle>>
    where TArticle : class, IArticle<TArticle>
{
    private readonly ContentEntry<TArticle>[] entries;
    private readonly Dictionary<string, ContentEntry<TArticle>> bySlug;

    /// <summary>Creates the collection; called by the code generated for a content collection.</summary>
    /// <param name="name">The collection's name, as declared in the project.</param>
    /// <param name="entries">The articles, each with a slug no other has.</param>
    /// <exception cref="ArgumentException">Two entries have the same slug.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ContentCollection(string name, ContentEntry<TArticle>[] entries)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(entries);
        Name = name;
        this.entries = entries;
        bySlug = new Dictionary<string, ContentEntry<TArticle>>(entries.Length, StringComparer.Ordinal);
        foreach (ContentEntry<TArticle> entry in entries)
        {
            if (!bySlug.TryAdd(entry.Slug, entry))
            {
                throw new ArgumentException($"Two articles of the collection {name} have the slug '{entry.Slug}': {bySlug[entry.Slug].Path} and {entry.Path}.", nameof(entries));
            }
        }
    }

    /// <summary>The collection's name, as declared in the project.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public int Count => entries.Length;

    /// <inheritdoc/>
    public ContentEntry<TArticle> this[int index] => entries[index];

    /// <summary>The article with <paramref name="slug"/> (its file name without the extension).</summary>
    /// <exception cref="KeyNotFoundException">No article of the collection has that slug.</exception>
    public ContentEntry<TArticle> Get(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        return bySlug.TryGetValue(slug, out ContentEntry<TArticle>? entry)
            ? entry
            : throw new KeyNotFoundException($"The collection {Name} has no article '{slug}'.");
    }

    /// <summary>Finds the article with <paramref name="slug"/>, if there is one.</summary>
    public bool TryGet(string slug, [NotNullWhen(true)] out ContentEntry<TArticle>? entry)
    {
        ArgumentNullException.ThrowIfNull(slug);
        return bySlug.TryGetValue(slug, out entry);
    }

    /// <inheritdoc/>
    public IEnumerator<ContentEntry<TArticle>> GetEnumerator() => ((IEnumerable<ContentEntry<TArticle>>)entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
