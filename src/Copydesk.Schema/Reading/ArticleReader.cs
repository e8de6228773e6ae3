using System;
using System.Collections.Generic;
using System.Globalization;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Analysis;
using Copydesk.Schema.JsonLd;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Planning;

namespace Copydesk.Schema.Reading;

/// <summary>
/// Reads the top-level mapping: header keys, then every declared name (so references may point forward),
/// then line classes, parts and layout, then the whole-schema checks.
/// </summary>
internal sealed class ArticleReader
{
    private const int SupportedVersion = 1;

    private readonly LoadContext context;
    private readonly Dictionary<string, TextRange> classRanges = new(StringComparer.Ordinal);

    public ArticleReader(LoadContext context) => this.context = context;

    /// <summary>Builds the model; it may be partial when diagnostics were reported (the caller drops it on errors).</summary>
    public ArticleSchema? Read(YamlNode root)
    {
        if (root is not YamlMapping mapping)
        {
            context.ReportAt(root, DiagnosticCatalog.SchemaNotMapping, root.Describe());
            return null;
        }

        KeyedMapping top = KeyedMapping.Read(mapping, "the schema", SchemaKeys.TopLevel, context);
        TextRange head = HeadRange(mapping);

        int? version = Required(top, SchemaKeys.Copydesk, head) is { } versionEntry ? ReadVersion(versionEntry) : null;
        KeyedEntry? typeEntry = Required(top, SchemaKeys.Type, head);
        string? typeName = typeEntry is null ? null : ReadTypeName(typeEntry);
        string? ns = top.Find(SchemaKeys.Namespace) is { } namespaceEntry ? ReadNamespace(namespaceEntry) : null;
        string? description = top.Find(SchemaKeys.Description) is { } descriptionEntry ? context.Values.String(descriptionEntry, nullAllowed: true) : null;
        InputModel input = top.Find(SchemaKeys.Input) is { } inputEntry ? new InputReader(context).Read(inputEntry) : InputModel.Lines;
        context.Input = input;

        TypeVisibility? visibility = top.Find(SchemaKeys.Visibility) is { } visibilityEntry
            ? context.Values.Choice(visibilityEntry, SchemaKeys.Visibilities, "visibility") switch
            {
                "internal" => TypeVisibility.Internal,
                "public" => TypeVisibility.Public,
                _ => null,
            }
            : null;

        IReadOnlyList<KeyedEntry> classDeclarations = DeclareLineClasses(Section(top.Find(SchemaKeys.Lines), "line class names"));
        IReadOnlyList<KeyedEntry> partDeclarations = DeclareParts(Section(top.Find(SchemaKeys.Parts), "part names"), typeName);

        List<LineClass> classes = new LineClassReader(context).Read(classDeclarations);
        var slots = new SlotReader(context);
        var parts = new List<Part>(partDeclarations.Count);
        foreach (KeyedEntry declaration in partDeclarations)
        {
            string name = declaration.Key;
            EquatableArray<Slot> partSlots = slots.ReadList(declaration.Value, name, typeName);
            parts.Add(new Part(name, null, partSlots, declaration.KeyNode.Range));
        }

        EquatableArray<Slot> layout = Required(top, SchemaKeys.Layout, head) is { } layoutEntry
            ? slots.ReadList(layoutEntry.Value, null, typeName)
            : EquatableArray<Slot>.Empty;

        FrontMatterSchema? frontMatter = top.Find(SchemaKeys.FrontMatter) is { } frontMatterEntry
            ? new FrontMatterSectionReader(context).Read(frontMatterEntry)
            : null;
        if (frontMatter is not null)
        {
            CheckFrontMatterProperty(layout);
        }

        classes.AddRange(context.InlineClasses.Classes);
        GraphChecks.CheckLineClasses(classes, context);
        GraphChecks.CheckParts(parts, layout, context);
        NameChecks.Check(typeName, parts, layout, context);
        CaptureRecordNames.Check(typeName, parts, layout, context);

        // Proofs about what can match need a complete model: only a schema without errors has one.
        if (!context.Diagnostics.HasErrors)
        {
            Reachability.Check(classes, parts, layout, context);
        }

        JsonLdMapping? jsonLd = top.Find(SchemaKeys.JsonLd) is { } jsonLdEntry ? new JsonLdReader(context).Read(jsonLdEntry) : null;
        EquatableArray<FieldRule> rules = top.Find(SchemaKeys.Rules) is { } rulesEntry ? new RulesReader(context).Read(rulesEntry) : EquatableArray<FieldRule>.Empty;
        ArticleSchema schema = new ArticleSchema(
            version ?? SupportedVersion,
            typeName ?? string.Empty,
            ns,
            description,
            classes.ToEquatableArray(),
            parts.ToEquatableArray(),
            layout,
            context.Markers())
        {
            TypeRange = typeEntry?.Value.Range ?? head,
            FrontMatter = frontMatter,
            Input = input,
            JsonLd = jsonLd,
            InputRange = top.Find(SchemaKeys.Input)?.Value.Range ?? head,
            Visibility = visibility,
            Rules = rules,
        };

        // Paths lead through slots and parts: only a schema without errors has them all.
        if (jsonLd is not null && !context.Diagnostics.HasErrors)
        {
            _ = JsonLdPlanner.Plan(jsonLd, schema, context.Report);
        }

        // Rules name slots and front-matter fields: only a schema without errors has them all.
        if (rules.Count > 0 && !context.Diagnostics.HasErrors)
        {
            _ = RulePlanner.Plan(schema, context.Report);
        }

        return schema;
    }

    // The article record holds the front matter in a property of its own, which no slot may take.
    private void CheckFrontMatterProperty(EquatableArray<Slot> layout)
    {
        foreach (Slot slot in layout)
        {
            if (SchemaNames.Pascal(slot.Name) == FrontMatterNames.Property)
            {
                context.Report(DiagnosticCatalog.FrontMatterNameCollision, slot.Range, slot.Name, FrontMatterNames.Property, "holds the front matter of an article whose schema declares one");
            }
        }
    }

    // Where to report a key missing from a mapping: its first key when the mapping starts there (block
    // style), otherwise the opening brace.
    private static TextRange HeadRange(YamlMapping mapping)
    {
        TextRange start = mapping.Range;
        if (mapping.Entries.Count > 0 && mapping.Entries[0].Key.Range.StartOffset == start.StartOffset)
        {
            return mapping.Entries[0].Key.Range;
        }

        return new TextRange(start.StartLine, start.StartColumn, start.StartLine, start.StartColumn + 1, start.StartOffset, start.StartOffset + 1);
    }

    private KeyedEntry? Required(KeyedMapping top, string key, TextRange head)
    {
        KeyedEntry? entry = top.Find(key);
        if (entry is null)
        {
            context.Report(DiagnosticCatalog.MissingKey, head, "The schema", $"'{key}'");
        }

        return entry;
    }

    private int? ReadVersion(KeyedEntry entry)
    {
        // A plain integer, as YAML reads it: '1' and '01' are version 1, the string "1" is not.
        if (entry.Value is not YamlScalar { IsNull: false, IsPlain: true } scalar
            || !int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int version)
            || version != SupportedVersion)
        {
            context.ReportAt(entry.Value, DiagnosticCatalog.UnsupportedVersion, entry.Value.Describe());
            return null;
        }

        return SupportedVersion;
    }

    private string? ReadTypeName(KeyedEntry entry)
    {
        string? name = context.Values.String(entry);
        if (name is not null && Identifiers.CheckTypeName(name) is { } reason)
        {
            context.Report(DiagnosticCatalog.InvalidIdentifier, entry.Value.Range, name, "the article type name", reason);
        }

        return name;
    }

    private string? ReadNamespace(KeyedEntry entry)
    {
        string? name = context.Values.String(entry, nullAllowed: true);
        if (name is not null && Identifiers.CheckNamespace(name) is { } reason)
        {
            context.Report(DiagnosticCatalog.InvalidIdentifier, entry.Value.Range, name, "a namespace", reason);
        }

        return name;
    }

    // 'lines:' and 'parts:' may be left empty; anything but a mapping is an error. Written as a list of
    // 'name: definition' items instead, the names are still declared, so their uses are not reported too.
    private IReadOnlyList<KeyedEntry> Section(KeyedEntry? entry, string what)
    {
        switch (entry?.Value)
        {
            case null or YamlScalar { IsNull: true }:
                return Array.Empty<KeyedEntry>();
            case YamlMapping mapping:
                return KeyedMapping.Read(mapping, $"'{entry.Key}'", null, context).Entries;
            default:
                context.ReportAt(entry.Value, DiagnosticCatalog.SectionNotMapping, entry.Key, what, entry.Value.Describe());
                return entry.Value is YamlSequence sequence ? ListedDeclarations(sequence) : Array.Empty<KeyedEntry>();
        }
    }

    private static List<KeyedEntry> ListedDeclarations(YamlSequence sequence)
    {
        var declarations = new List<KeyedEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (YamlNode item in sequence.Items)
        {
            if (item is YamlMapping { Entries.Count: 1 } mapping && mapping.Entries[0].Key is YamlScalar { IsNull: false } key && seen.Add(key.Value))
            {
                declarations.Add(new KeyedEntry(key.Value, key, mapping.Entries[0].Value));
            }
        }

        return declarations;
    }

    private List<KeyedEntry> DeclareLineClasses(IReadOnlyList<KeyedEntry> declarations)
    {
        var declared = new List<KeyedEntry>(declarations.Count);
        foreach (KeyedEntry declaration in declarations)
        {
            string name = declaration.Key;
            if (context.IsLineClass(name))
            {
                context.Report(DiagnosticCatalog.DuplicateName, declaration.KeyNode.Range, name, "'lines': it is a built-in line class");
                continue;
            }

            if (Identifiers.CheckName(name) is { } reason)
            {
                context.Report(DiagnosticCatalog.InvalidIdentifier, declaration.KeyNode.Range, name, "a line class name", reason);
            }

            classRanges.Add(name, declaration.KeyNode.Range);
            context.DeclaredLineClasses.Add(name);
            context.LineClassNames.Add(name);
            declared.Add(declaration);
        }

        return declared;
    }

    private List<KeyedEntry> DeclareParts(IReadOnlyList<KeyedEntry> declarations, string? typeName)
    {
        var declared = new List<KeyedEntry>(declarations.Count);
        foreach (KeyedEntry declaration in declarations)
        {
            string name = declaration.Key;
            TextRange range = declaration.KeyNode.Range;
            if (Identifiers.CheckTypeName(name) is { } reason)
            {
                context.Report(DiagnosticCatalog.InvalidIdentifier, range, name, "a part name", reason);
            }

            if (context.IsLineClass(name))
            {
                // Reported at the second occurrence in the file, whichever section comes first.
                TextRange second = classRanges.TryGetValue(name, out TextRange classRange) && classRange.StartOffset > range.StartOffset ? classRange : range;
                context.Report(DiagnosticCatalog.DuplicateName, second, name, "the parts and line classes");
            }

            if (name == typeName)
            {
                context.Report(DiagnosticCatalog.DuplicateName, range, name, "the article type and the parts");
            }

            context.PartNames.Add(name);
            context.PartNameSet.Add(name);
            declared.Add(declaration);
        }

        return declared;
    }
}
