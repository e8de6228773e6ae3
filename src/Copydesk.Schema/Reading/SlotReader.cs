using System;
using System.Collections.Generic;
using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;

namespace Copydesk.Schema.Reading;

/// <summary>
/// Reads a list of slots (the layout or a part): each item is <c>name: spec</c>, where spec is a line class
/// or part name, or a mapping with exactly one of <c>line</c>, <c>part</c>, <c>marker</c>, <c>oneOf</c> and options.
/// </summary>
internal sealed class SlotReader
{
    private static readonly string KindList = LoadContext.QuotedList(SchemaKeys.SlotKinds, "or");
    private static readonly string CaseKindList = LoadContext.QuotedList(SchemaKeys.Case.Take(2).ToArray(), "or");

    private readonly LoadContext context;
    private readonly CheckReader checks;
    private readonly ValueSpecReader valueSpecs;
    private readonly CaptureReader captures;

    public SlotReader(LoadContext context)
    {
        this.context = context;
        checks = new CheckReader(context);
        valueSpecs = new ValueSpecReader(context);
        captures = new CaptureReader(context, valueSpecs);
    }

    /// <summary>Reads the slots of the layout or of a part.</summary>
    /// <param name="node">The sequence of slots.</param>
    /// <param name="part">The part whose slots these are, or <see langword="null"/> for the layout.</param>
    /// <param name="typeName">The article type name, when known.</param>
    public EquatableArray<Slot> ReadList(YamlNode node, string? part, string? typeName)
    {
        string subject = part ?? SchemaKeys.Layout;
        string where = part is null ? "the layout" : $"part '{part}'";
        string? ownerType = part ?? typeName;
        if (node is not YamlSequence { Items.Count: > 0 } sequence)
        {
            context.ReportAt(node, DiagnosticCatalog.NotASequence, subject, "slots such as '- headline: label'", node.Describe());
            return EquatableArray<Slot>.Empty;
        }

        var slots = new List<Slot>(sequence.Items.Count);
        bool isLayout = part is null;
        var names = new UniqueNames(
            context,
            where,
            "slot",
            ownerType,
            isLayout ? Identifiers.ArticleMembers : Identifiers.PartMembers,
            isLayout ? "every generated article type" : "every generated part type");
        for (int i = 0; i < sequence.Items.Count; i++)
        {
            context.ThrowIfCancellationRequested();
            if (SingleEntry(sequence.Items[i], subject, "- headline: label") is not { } entry)
            {
                continue;
            }

            YamlScalar nameNode = (YamlScalar)entry.Key;
            names.Add(nameNode, "a slot name");
            if (ReadSlot(nameNode, entry.Value, part) is { } slot)
            {
                slots.Add(slot);
            }
        }

        return slots.ToEquatableArray();
    }

    // The item of a slot or case list: a mapping with one plain key. Options written beside the name, as
    // '- headline: label' then 'optional: true' on the next line, are reported at the first of them with the
    // nested form to write instead.
    private YamlEntry? SingleEntry(YamlNode item, string list, string example)
    {
        if (item is YamlMapping { Entries.Count: 1 } mapping && mapping.Entries[0].Key is YamlScalar { IsNull: false })
        {
            return mapping.Entries[0];
        }

        if (item is YamlMapping { Entries.Count: > 1 } beside && beside.Entries[0].Key is YamlScalar { IsNull: false } name
            && beside.Entries[1].Key is YamlScalar { IsNull: false } option)
        {
            context.Report(DiagnosticCatalog.OptionsBesideSlot, option.Range, option.Value, name.Value, NestedForm(beside));
            return null;
        }

        // 'body:sentence' is one plain word to YAML: a ':' separates a key only when a space follows it.
        if (item is YamlScalar { IsPlain: true, Value: var word } && word.IndexOf(':') is > 0 and var colon && colon < word.Length - 1)
        {
            example = $"- {word.Substring(0, colon)}: {word.Substring(colon + 1)}";
        }

        context.ReportAt(item, DiagnosticCatalog.NotOneEntry, list, example, item.Describe());
        return null;
    }

    // '{ line: label, optional: true }' for 'headline: label' followed by 'optional: true'; a slot written with no
    // value ('body:' then its options) keeps only the options.
    private string NestedForm(YamlMapping beside)
    {
        var parts = new List<string>(beside.Entries.Count);
        for (int i = 0; i < beside.Entries.Count; i++)
        {
            YamlEntry entry = beside.Entries[i];
            string key = i > 0 ? (entry.Key as YamlScalar)?.Value ?? "?"
                : entry.Value is YamlScalar { Value: { } target } && context.IsPart(target) ? SchemaKeys.Part : SchemaKeys.Line;
            if (entry.Value is YamlScalar { IsNull: false } value)
            {
                parts.Add($"{key}: {value.Value}");
            }
            else if (i > 0)
            {
                parts.Add($"{key}: …");
            }
        }

        return "{ " + string.Join(", ", parts) + " }";
    }

    private Slot? ReadSlot(YamlScalar nameNode, YamlNode spec, string? part)
    {
        string name = nameNode.Value;
        switch (spec)
        {
            case YamlScalar { IsNull: false } reference:
                return ReadsPart(reference)
                    ? new PartSlot { Name = name, Part = reference.Value, Range = nameNode.Range, TargetRange = reference.Range }
                    : new LineSlot { Name = name, LineClass = reference.Value, Range = nameNode.Range, TargetRange = reference.Range };
            case YamlMapping mapping:
                return ReadSlotMapping(nameNode, KeyedMapping.Read(mapping, $"slot '{name}'", SchemaKeys.Slot, context), part);
            default:
                context.ReportAt(spec, DiagnosticCatalog.InvalidSlotDefinition, $"Slot '{name}'", KindList, spec.Describe());
                return null;
        }
    }

    private Slot? ReadSlotMapping(YamlScalar nameNode, KeyedMapping keys, string? part)
    {
        string name = nameNode.Value;
        var kinds = new List<KeyedEntry>();
        foreach (string kindKey in SchemaKeys.SlotKinds)
        {
            if (keys.Find(kindKey) is { } found)
            {
                kinds.Add(found);
            }
        }

        if (kinds.Count == 0)
        {
            context.Report(DiagnosticCatalog.MissingKey, nameNode.Range, $"Slot '{name}'", KindList);
            return null;
        }

        if (kinds.Count > 1)
        {
            context.Report(DiagnosticCatalog.ConflictingKinds, kinds[1].KeyNode.Range, $"Slot '{name}'", kinds[0].Key, kinds[1].Key);
            return null;
        }

        KeyedEntry kindEntry = kinds[0];
        bool isLine = kindEntry.Key == SchemaKeys.Line;
        MarkerOptions markerOptions = ReadMarkerOptions(keys, hasMarker: kindEntry.Key == SchemaKeys.Marker || keys.Find(SchemaKeys.After) is not null);

        // The target first: markers are numbered in the order they are read.
        Slot? slot = kindEntry.Key switch
        {
            SchemaKeys.Line => new LineSlot { Name = name, LineClass = LineTarget(kindEntry) ?? string.Empty },
            SchemaKeys.Part => new PartSlot { Name = name, Part = PartTarget(kindEntry) ?? string.Empty },
            SchemaKeys.Marker => ReadMarkerSlot(name, kindEntry, keys, markerOptions),
            SchemaKeys.OneOf => new OneOfSlot { Name = name, Cases = ReadCases(kindEntry, name, part) },
            _ => null,
        };

        (Cardinality cardinality, int min, int max) = ReadCardinality(keys);
        if (slot is OneOfSlot { Cases: var cases } && cardinality != Cardinality.Repeat)
        {
            // Counting items of a case needs a list of items.
            foreach (CaseCount caseCount in cases.Select(c => c.Count).OfType<CaseCount>())
            {
                context.Report(DiagnosticCatalog.OptionNotApplicable, caseCount.Range, SchemaKeys.Count, "cases of a 'oneOf' slot with 'repeat'", "add 'repeat' to the slot, or remove it");
            }
        }
        List<string>? afterTexts = keys.Find(SchemaKeys.After) is { } afterEntry ? MarkerTexts(afterEntry, capturesRest: false, markerOptions) : null;
        (ValueKind value, ValueSpec? spec) = keys.Find(SchemaKeys.Value) is { } valueEntry ? ReadValue(valueEntry, isLine, "line slots and line cases of 'oneOf'") : (ValueKind.Text, null);
        CaptureSpec? capture = null;
        if (keys.Find(SchemaKeys.Capture) is { } captureEntry && slot is not MarkerSlot)
        {
            if (isLine && captureEntry.Value is YamlMapping)
            {
                (value, spec, capture) = ReadCapture(captureEntry, name, keys.Find(SchemaKeys.Value), value, spec);
            }
            else if (isLine)
            {
                // 'capture: rest' is the marker form; a line slot captures with '{ pattern, fields, rest }'.
                context.Report(DiagnosticCatalog.OptionNotApplicable, captureEntry.KeyNode.Range, captureEntry.Value is YamlScalar word ? SchemaKeys.Capture + ": " + word.Value : SchemaKeys.Capture, "marker slots", "read the line with 'marker:', or capture from it with 'capture: { pattern, fields, rest }'");
            }
            else
            {
                context.Report(DiagnosticCatalog.OptionNotApplicable, captureEntry.KeyNode.Range, SchemaKeys.Capture, "line and marker slots", "remove it, or read the line with 'line:' or 'marker:'");
            }
        }

        // Text rules read one line's value, so they need a line or marker slot; parts and oneOf items are
        // checked through their own slots. Accepting them elsewhere would silently check nothing.
        bool readsText = isLine || kindEntry.Key == SchemaKeys.Marker;
        bool attribution = isLine && value is ValueKind.Attribution or ValueKind.Quotes;

        Check? check = keys.Find(SchemaKeys.Check) is { } checkEntry
            ? checks.Read(checkEntry, name, cardinality == Cardinality.Repeat, readsText, attribution, hasQuotes: isLine && value == ValueKind.Quotes)
            : null;
        string? description = keys.Find(SchemaKeys.Description) is { } descriptionEntry ? context.Values.String(descriptionEntry, nullAllowed: true) : null;
        if (slot is LineSlot lineSlot)
        {
            slot = lineSlot with { Value = value, Spec = spec, Capture = capture };
        }

        return slot is null ? null : slot with
        {
            Cardinality = cardinality,
            Min = min,
            Max = max,
            After = afterTexts?[0],
            OtherAfterTexts = afterTexts is null ? EquatableArray<string>.Empty : afterTexts.Skip(1).ToEquatableArray(),
            MarkersCaseSensitive = markerOptions.CaseSensitive,
            MarkerScope = markerOptions.Scope,
            Check = check,
            Description = description,
            Range = nameNode.Range,
            TargetRange = kindEntry.Key == SchemaKeys.OneOf ? kindEntry.KeyNode.Range : kindEntry.Value.Range,
        };
    }

    private MarkerSlot ReadMarkerSlot(string name, KeyedEntry kindEntry, KeyedMapping keys, MarkerOptions options)
    {
        List<string>? texts = MarkerTexts(kindEntry, keys.Find(SchemaKeys.Capture) is { Value: YamlScalar { Value: SchemaKeys.CaptureRest } }, options);
        bool capturesRest = keys.Find(SchemaKeys.Capture) is { } captureEntry
            && context.Values.Choice(captureEntry, SchemaKeys.CaptureModes, "capture mode") is not null;
        return new MarkerSlot
        {
            Name = name,
            Text = texts?[0] ?? string.Empty,
            OtherTexts = texts is null ? EquatableArray<string>.Empty : texts.Skip(1).ToEquatableArray(),
            CapturesRest = capturesRest,
        };
    }

    // 'caseSensitive' and 'reserved' apply to the slot's markers, 'marker' and 'after' alike.
    private MarkerOptions ReadMarkerOptions(KeyedMapping keys, bool hasMarker)
    {
        bool caseSensitive = false;
        MarkerScope scope = MarkerScope.Everywhere;
        foreach (string key in new[] { SchemaKeys.CaseSensitive, SchemaKeys.Reserved })
        {
            if (keys.Find(key) is not { } entry)
            {
                continue;
            }

            if (!hasMarker)
            {
                context.Report(DiagnosticCatalog.OptionNotApplicable, entry.KeyNode.Range, key, "slots with 'marker' or 'after'", "remove it, or read the line with 'marker:'");
            }
            else if (key == SchemaKeys.CaseSensitive)
            {
                caseSensitive = context.Values.Bool(entry) == true;
            }
            else if (context.Values.Choice(entry, SchemaKeys.MarkerScopes, "marker scope") == SchemaKeys.ReservedWhereRead)
            {
                scope = MarkerScope.WhereRead;
            }
        }

        return new MarkerOptions(caseSensitive, scope);
    }

    private (Cardinality Cardinality, int Min, int Max) ReadCardinality(KeyedMapping keys)
    {
        KeyedEntry? optional = keys.Find(SchemaKeys.Optional);
        KeyedEntry? repeat = keys.Find(SchemaKeys.Repeat);
        if (optional is not null && repeat is not null)
        {
            // Report at whichever was written second; the first one is the intent we keep.
            KeyedEntry later = optional.KeyNode.Range.StartOffset > repeat.KeyNode.Range.StartOffset ? optional : repeat;
            context.Report(DiagnosticCatalog.OptionalAndRepeat, later.KeyNode.Range, later.Key);
            if (later == optional)
            {
                optional = null;
            }
            else
            {
                repeat = null;
            }
        }

        if (repeat is not null && context.Values.Range(repeat, forRepeat: true) is { } range)
        {
            return (Cardinality.Repeat, range.Min, range.Max);
        }

        if (optional is not null && context.Values.Bool(optional) == true)
        {
            return (Cardinality.Optional, 0, 1);
        }

        return (Cardinality.One, 1, 1);
    }

    private (ValueKind Value, ValueSpec? Spec) ReadValue(KeyedEntry entry, bool allowed, string allowedWhere)
    {
        (ValueKind value, ValueSpec? spec) = valueSpecs.Read(entry) ?? (ValueKind.Text, null);

        // 'text' is the default everywhere, so writing it is harmless; the others only make sense on a line.
        if (value != ValueKind.Text && !allowed)
        {
            string written = entry.Value is YamlScalar word ? word.Value : ValueSpecKeys.Type + ": " + (spec is null ? "" : ValueSpecKeys.Word(spec.Kind));
            context.Report(DiagnosticCatalog.OptionNotApplicable, entry.KeyNode.Range, $"{entry.Key}: {written}", allowedWhere, "remove it, and set the value parser on the line slot or case that reads the text");
            return (ValueKind.Text, null);
        }

        return (value, spec);
    }

    // A line read with 'capture' takes its values from the capture's fields; a value parser beside it is CD1087.
    // A capture with mistakes leaves the line read as text, its mistakes reported.
    private (ValueKind Value, ValueSpec? Spec, CaptureSpec? Capture) ReadCapture(KeyedEntry captureEntry, string owner, KeyedEntry? valueEntry, ValueKind value, ValueSpec? spec)
    {
        if (value != ValueKind.Text && valueEntry is not null)
        {
            string written = valueEntry.Value is YamlScalar word ? word.Value : ValueSpecKeys.Type + ": " + (spec is null ? "" : ValueSpecKeys.Word(spec.Kind));
            context.Report(DiagnosticCatalog.CaptureWithValue, valueEntry.KeyNode.Range, written);
            return (value, spec, null);
        }

        return captures.Read(captureEntry, owner) is { } capture ? (ValueKind.Captured, null, capture) : (ValueKind.Text, null, null);
    }

    private EquatableArray<OneOfCase> ReadCases(KeyedEntry entry, string slotName, string? part)
    {
        if (entry.Value is not YamlSequence { Items.Count: > 0 } sequence)
        {
            context.ReportAt(entry.Value, DiagnosticCatalog.NotASequence, entry.Key, "cases such as '- quote: Quote'", entry.Value.Describe());
            return EquatableArray<OneOfCase>.Empty;
        }

        var cases = new List<OneOfCase>(sequence.Items.Count);
        // Cases become records nested in the slot's union type, beside its Span; each has a Value and a Span.
        var names = new UniqueNames(
            context,
            $"'oneOf' of slot '{slotName}'",
            "case",
            SchemaNames.UnionTypeName(part, slotName),
            Identifiers.CaseMembers,
            "every generated oneOf case type");
        for (int i = 0; i < sequence.Items.Count; i++)
        {
            if (SingleEntry(sequence.Items[i], entry.Key, "- quote: Quote") is not { } item)
            {
                continue;
            }

            YamlScalar nameNode = (YamlScalar)item.Key;
            names.Add(nameNode, "a case name");
            if (ReadCase(nameNode, item.Value) is { } @case)
            {
                cases.Add(@case);
            }
        }

        return cases.ToEquatableArray();
    }

    private OneOfCase? ReadCase(YamlScalar nameNode, YamlNode spec)
    {
        string name = nameNode.Value;
        switch (spec)
        {
            case YamlScalar { IsNull: false } reference:
                return ReadsPart(reference)
                    ? new PartCase { Name = name, Part = reference.Value, Range = nameNode.Range, TargetRange = reference.Range }
                    : new LineCase { Name = name, LineClass = reference.Value, Range = nameNode.Range, TargetRange = reference.Range };

            case YamlMapping mapping:
                KeyedMapping keys = KeyedMapping.Read(mapping, $"case '{name}'", SchemaKeys.Case, context);
                KeyedEntry? line = keys.Find(SchemaKeys.Line);
                KeyedEntry? part = keys.Find(SchemaKeys.Part);
                if (line is null && part is null)
                {
                    context.Report(DiagnosticCatalog.MissingKey, nameNode.Range, $"Case '{name}'", CaseKindList);
                    return null;
                }

                if (line is not null && part is not null)
                {
                    KeyedEntry second = line.KeyNode.Range.StartOffset > part.KeyNode.Range.StartOffset ? line : part;
                    context.Report(DiagnosticCatalog.ConflictingKinds, second.KeyNode.Range, $"Case '{name}'", SchemaKeys.Line, SchemaKeys.Part);
                    return null;
                }

                (ValueKind value, ValueSpec? valueSpec) = keys.Find(SchemaKeys.Value) is { } valueEntry ? ReadValue(valueEntry, line is not null, "line cases") : (ValueKind.Text, null);
                CaptureSpec? capture = null;
                if (keys.Find(SchemaKeys.Capture) is { } captureEntry)
                {
                    if (line is not null)
                    {
                        (value, valueSpec, capture) = ReadCapture(captureEntry, name, keys.Find(SchemaKeys.Value), value, valueSpec);
                    }
                    else
                    {
                        context.Report(DiagnosticCatalog.OptionNotApplicable, captureEntry.KeyNode.Range, SchemaKeys.Capture, "line cases", "remove it, or read the case with 'line:'");
                    }
                }

                CaseCount? count = keys.Find(SchemaKeys.Count) is { } countEntry && context.Values.Range(countEntry, forRepeat: false) is { } range
                    ? new CaseCount(range.Min, range.Max, countEntry.KeyNode.Range)
                    : null;
                return line is not null
                    ? new LineCase { Name = name, LineClass = LineTarget(line) ?? string.Empty, Value = value, Spec = valueSpec, Capture = capture, Range = nameNode.Range, TargetRange = line.Value.Range, Count = count }
                    : new PartCase { Name = name, Part = PartTarget(part!) ?? string.Empty, Range = nameNode.Range, TargetRange = part!.Value.Range, Count = count };

            default:
                context.ReportAt(spec, DiagnosticCatalog.InvalidSlotDefinition, $"Case '{name}'", CaseKindList, spec.Describe());
                return null;
        }
    }

    // A bare name: parts first, then line classes (a name cannot be both; that is reported elsewhere).
    private bool ReadsPart(YamlScalar reference)
    {
        string name = reference.Value;
        if (context.IsPart(name))
        {
            return true;
        }

        if (!context.IsLineClass(name))
        {
            var candidates = new List<string>(context.PartNames);
            candidates.AddRange(context.LineClassNames);
            context.Report(DiagnosticCatalog.UnknownPart, reference.Range, name, context.DidYouMean(name, candidates));
        }

        return false;
    }

    private string? LineTarget(KeyedEntry entry)
    {
        // Predicates written on the slot itself: a class of its own, without a name to declare.
        if (entry.Value is YamlMapping inline)
        {
            return context.InlineClasses.Read(inline);
        }

        if (entry.Value is not YamlScalar { IsNull: false } reference)
        {
            context.ReportWrongKind(entry.Value, entry.Key, "the name of a line class, or a mapping of predicates");
            return null;
        }

        string name = reference.Value;
        if (!context.IsLineClass(name))
        {
            if (context.IsPart(name))
            {
                context.Report(DiagnosticCatalog.WrongReferenceKind, entry.KeyNode.Range, name, "part", $"{SchemaKeys.Part}: {name}");
            }
            else
            {
                context.Report(DiagnosticCatalog.UnknownLineClass, reference.Range, name, context.DidYouMean(name, context.LineClassNames));
            }
        }

        return name;
    }

    private string? PartTarget(KeyedEntry entry)
    {
        if (entry.Value is not YamlScalar { IsNull: false } reference)
        {
            context.ReportWrongKind(entry.Value, entry.Key, "the name of a part");
            return null;
        }

        string name = reference.Value;
        if (!context.IsPart(name))
        {
            if (context.IsLineClass(name))
            {
                context.Report(DiagnosticCatalog.WrongReferenceKind, entry.KeyNode.Range, name, "line class", $"{SchemaKeys.Line}: {name}");
            }
            else
            {
                context.Report(DiagnosticCatalog.UnknownPart, reference.Range, name, context.DidYouMean(name, context.PartNames));
            }
        }

        return name;
    }

    private List<string>? MarkerTexts(KeyedEntry entry, bool capturesRest, MarkerOptions options)
    {
        List<string>? texts = context.Values.MarkerTexts(entry, options.CaseSensitive);
        if (texts is not null)
        {
            var marker = new MarkerDefinition(texts[0], capturesRest)
            {
                OtherTexts = texts.Skip(1).ToEquatableArray(),
                CaseSensitive = options.CaseSensitive,
                Scope = options.Scope,
            };
            context.AddMarker(marker, entry.Value.Range);
        }

        return texts;
    }

    private readonly record struct MarkerOptions(bool CaseSensitive, MarkerScope Scope);

    /// <summary>
    /// Names in one list (slots of a layout or part, cases of a oneOf): valid, unique as written, and unique
    /// once they become C# names (<see cref="SchemaNames.Pascal"/>), which also must differ from the owner type.
    /// </summary>
    private sealed class UniqueNames
    {
        private readonly LoadContext context;
        private readonly string where;
        private readonly string what;
        private readonly string? ownerType;
        private readonly string[] members;
        private readonly string membersOwner;
        private readonly HashSet<string> written = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> pascal = new(StringComparer.Ordinal);

        /// <param name="context">The load.</param>
        /// <param name="where">Where the list is, for messages.</param>
        /// <param name="what">What one name of the list is: "slot", "case".</param>
        /// <param name="ownerType">The C# type the names become members of, when known.</param>
        /// <param name="members">The members that type has besides the record members.</param>
        /// <param name="membersOwner">Who has those members, for messages: "every generated part type".</param>
        public UniqueNames(LoadContext context, string where, string what, string? ownerType, string[] members, string membersOwner)
        {
            this.context = context;
            this.where = where;
            this.what = what;
            this.ownerType = ownerType;
            this.members = members;
            this.membersOwner = membersOwner;
        }

        public void Add(YamlScalar nameNode, string usedAs)
        {
            string name = nameNode.Value;
            if (Identifiers.CheckName(name) is { } reason)
            {
                context.Report(DiagnosticCatalog.InvalidIdentifier, nameNode.Range, name, usedAs, reason);
                return;
            }

            if (!written.Add(name))
            {
                context.Report(DiagnosticCatalog.DuplicateName, nameNode.Range, name, where);
                return;
            }

            string property = SchemaNames.Pascal(name);
            if (pascal.TryGetValue(property, out string? first))
            {
                context.Report(DiagnosticCatalog.ReservedName, nameNode.Range, name, $"{what} '{first}' in {where}: both become the C# name '{property}'");
                return;
            }

            pascal.Add(property, name);
            if (Identifiers.IsRecordMember(property))
            {
                context.Report(DiagnosticCatalog.ReservedName, nameNode.Range, name, $"the member '{property}' that every C# record has");
            }
            else if (Array.IndexOf(members, property) >= 0)
            {
                context.Report(DiagnosticCatalog.ReservedName, nameNode.Range, name, $"the member '{property}' that {membersOwner} has");
            }
            else if (ownerType is not null && property == ownerType)
            {
                context.Report(DiagnosticCatalog.ReservedName, nameNode.Range, name, $"the type '{ownerType}': a C# member cannot have the name of its type");
            }
        }
    }
}
