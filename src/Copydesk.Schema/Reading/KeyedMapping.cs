using System;
using System.Collections.Generic;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Naming;

namespace Copydesk.Schema.Reading;

/// <summary>
/// The usable entries of a YAML mapping: keys are plain names, unique, and (when the mapping has a fixed
/// set of keys) known. Everything else is reported once here, so readers only look keys up.
/// </summary>
internal sealed class KeyedMapping
{
    private readonly List<KeyedEntry> entries;
    private readonly List<KeyedEntry> standIns;

    private KeyedMapping(YamlMapping node, List<KeyedEntry> entries, List<KeyedEntry> standIns)
    {
        Node = node;
        this.entries = entries;
        this.standIns = standIns;
    }

    public YamlMapping Node { get; }

    /// <summary>The accepted entries in written order.</summary>
    public IReadOnlyList<KeyedEntry> Entries => entries;

    /// <summary>
    /// Reads <paramref name="mapping"/>. With <paramref name="knownKeys"/>, other keys are CD1002 (with a hint);
    /// without, every name is accepted (the mapping declares names, as <c>lines</c> and <c>parts</c> do).
    /// A repeated key is CD1006 at its second occurrence; the first one counts.
    /// An unknown key close to a known one that is not written (<c>lnes</c> for <c>lines</c>) stands in for it in
    /// <see cref="Find"/>, so what it declares or sets is still read: the misspelling is the one diagnostic, not the
    /// "unknown line class" or "missing key" that would follow from ignoring it.
    /// </summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="where">Where the mapping is, for messages: "the schema", "slot 'headline'".</param>
    /// <param name="knownKeys">The keys allowed, or <see langword="null"/> for a mapping of declared names.</param>
    /// <param name="context">The load.</param>
    public static KeyedMapping Read(YamlMapping mapping, string where, string[]? knownKeys, LoadContext context)
    {
        var accepted = new List<KeyedEntry>(mapping.Entries.Count);
        var misspelt = new List<KeyedEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (YamlEntry entry in mapping.Entries)
        {
            context.ThrowIfCancellationRequested();
            if (entry.Key is not YamlScalar key || key.IsNull)
            {
                context.ReportAt(entry.Key, DiagnosticCatalog.KeyNotName, entry.Key.Describe());
                continue;
            }

            if (knownKeys is not null && Array.IndexOf(knownKeys, key.Value) < 0)
            {
                string? closest = context.Suggest(key.Value, knownKeys);
                context.Report(DiagnosticCatalog.UnknownKey, key.Range, key.Value, where, NameSuggester.DidYouMean(closest));
                if (closest is not null)
                {
                    misspelt.Add(new KeyedEntry(closest, key, entry.Value));
                }

                continue;
            }

            if (!seen.Add(key.Value))
            {
                context.Report(DiagnosticCatalog.DuplicateName, key.Range, key.Value, where);
                continue;
            }

            accepted.Add(new KeyedEntry(key.Value, key, entry.Value));
        }

        var standIns = new List<KeyedEntry>(misspelt.Count);
        foreach (KeyedEntry standIn in misspelt)
        {
            if (seen.Add(standIn.Key))
            {
                standIns.Add(standIn);
            }
        }

        return new KeyedMapping(mapping, accepted, standIns);
    }

    /// <summary>
    /// The entry for <paramref name="key"/>, or the misspelt key standing in for it, or <see langword="null"/>.
    /// Linear: these mappings have a handful of keys.
    /// </summary>
    public KeyedEntry? Find(string key) => FindIn(entries, key) ?? FindIn(standIns, key);

    private static KeyedEntry? FindIn(List<KeyedEntry> list, string key)
    {
        foreach (KeyedEntry entry in list)
        {
            if (entry.Key == key)
            {
                return entry;
            }
        }

        return null;
    }
}

/// <summary>An accepted mapping entry: its key as text and node, and its value.</summary>
internal sealed class KeyedEntry
{
    public KeyedEntry(string key, YamlScalar keyNode, YamlNode value)
    {
        Key = key;
        KeyNode = keyNode;
        Value = value;
    }

    public string Key { get; }

    public YamlScalar KeyNode { get; }

    public YamlNode Value { get; }
}
