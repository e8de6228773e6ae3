using System.Collections.Generic;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Reading;

/// <summary>
/// Reads the <c>rules:</c> section: a sequence of rules, each a subject (<c>field</c>, or <c>count</c> for the
/// number of items of a list), exactly one relation to another field, and an optional <c>severity</c> and
/// <c>message</c>. What the names mean is checked by <see cref="Planning.RulePlanner"/>.
/// </summary>
internal sealed class RulesReader
{
    private readonly LoadContext context;

    public RulesReader(LoadContext context) => this.context = context;

    public EquatableArray<FieldRule> Read(KeyedEntry entry)
    {
        if (entry.Value is not YamlSequence sequence)
        {
            context.ReportAt(entry.Value, DiagnosticCatalog.NotASequence, entry.Key, "rules such as '- { field: updated, notBefore: date }'", entry.Value.Describe());
            return EquatableArray<FieldRule>.Empty;
        }

        var rules = new List<FieldRule>(sequence.Items.Count);
        foreach (YamlNode item in sequence.Items)
        {
            if (Rule(item) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules.ToEquatableArray();
    }

    private FieldRule? Rule(YamlNode item)
    {
        if (item is not YamlMapping mapping)
        {
            context.ReportWrongKind(item, "a rule", "a mapping such as '{ field: updated, notBefore: date }'");
            return null;
        }

        KeyedMapping keyed = KeyedMapping.Read(mapping, "a rule", SchemaKeys.Rule, context);
        KeyedEntry? field = keyed.Find(RuleKeys.Field);
        KeyedEntry? count = keyed.Find(SchemaKeys.Count);
        var relations = new List<KeyedEntry>(1);
        foreach (string key in RuleKeys.Relations)
        {
            if (keyed.Find(key) is { } written)
            {
                relations.Add(written);
            }
        }

        TextRange at = mapping.Entries.Count > 0 ? mapping.Entries[0].Key.Range : mapping.Range;
        if (field is not null && count is not null)
        {
            context.Report(DiagnosticCatalog.InvalidRule, count.KeyNode.Range, "it names its subject twice, with 'field' and with 'count'; keep one");
            return null;
        }

        KeyedEntry? subject = field ?? count;
        if (subject is null)
        {
            context.Report(DiagnosticCatalog.InvalidRule, at, "it needs 'field', the field it is about, or 'count', the list whose items it counts");
            return null;
        }

        if (relations.Count != 1)
        {
            string found = relations.Count == 0 ? "none" : LoadContext.QuotedList(relations.ConvertAll(r => r.Key), "and");
            context.Report(DiagnosticCatalog.InvalidRule, relations.Count == 0 ? subject.KeyNode.Range : relations[1].KeyNode.Range, $"it states exactly one relation of {LoadContext.QuotedList(RuleKeys.Relations, "or")} (found {found}); write one rule per relation");
            return null;
        }

        KeyedEntry relationEntry = relations[0];
        RuleRelation relation = RuleKeys.Relation(relationEntry.Key);
        if ((relation == RuleRelation.CountEquals) != (subject == count))
        {
            string hint = subject == count
                ? $"'count' pairs with 'equals' (the number of items equals a number); for '{relationEntry.Key}' write 'field'"
                : $"'equals' compares the number of items of a list with a number: write 'count: {Scalar(subject) ?? "list"}' instead of 'field'";
            context.Report(DiagnosticCatalog.InvalidRule, relationEntry.KeyNode.Range, hint);
            return null;
        }

        string? subjectName = context.Values.String(subject);
        string? otherName = context.Values.String(relationEntry);
        CheckSeverity severity = keyed.Find(SchemaKeys.Severity) is { } severityEntry ? new CheckReader(context).ReadSeverity(severityEntry) : CheckSeverity.Error;
        string? message = keyed.Find(SchemaKeys.Message) is { } messageEntry ? context.Values.String(messageEntry) : null;
        if (subjectName is null || otherName is null)
        {
            return null;
        }

        return new FieldRule(relation, subjectName, otherName)
        {
            Range = at,
            FieldRange = subject.Value.Range,
            OtherRange = relationEntry.Value.Range,
            RelationRange = relationEntry.KeyNode.Range,
            Severity = severity,
            Message = message,
        };
    }

    private static string? Scalar(KeyedEntry entry) => entry.Value is YamlScalar { IsNull: false } scalar ? scalar.Value : null;
}
