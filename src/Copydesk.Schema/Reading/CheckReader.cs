using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Reading;

/// <summary>Reads the <c>check:</c> mapping of a slot: rules for <c>Validate()</c>, which never change the parse.</summary>
internal sealed class CheckReader
{
    private readonly LoadContext context;

    public CheckReader(LoadContext context) => this.context = context;

    /// <summary>Reads the rules of slot <paramref name="slotName"/>.</summary>
    /// <param name="entry">The <c>check</c> entry.</param>
    /// <param name="slotName">The slot, for messages.</param>
    /// <param name="isRepeat">Whether the slot repeats (<c>count</c> needs it).</param>
    /// <param name="readsText">Whether the slot reads a line's value (text rules need it).</param>
    /// <param name="hasAttribution">Whether the slot reads attribution or quotes values (<c>speaker</c> needs one).</param>
    /// <param name="hasQuotes">Whether the slot reads <c>value: quotes</c> (<c>attributedWithin</c> needs it).</param>
    public Check? Read(KeyedEntry entry, string slotName, bool isRepeat, bool readsText, bool hasAttribution, bool hasQuotes = false)
    {
        if (entry.Value is not YamlMapping mapping)
        {
            context.ReportWrongKind(entry.Value, entry.Key, "a mapping of rules such as '{ maxLength: 120 }'");
            return null;
        }

        KeyedMapping keys = KeyedMapping.Read(mapping, $"check of slot '{slotName}'", SchemaKeys.Checks, context);
        int? maxLength = null, minLength = null, maxWords = null, minWords = null, countMin = null, countMax = null, attributedWithin = null;
        string? pattern = null, message = null;
        bool notEmpty = false, speakerRequired = false;
        var oneOf = EquatableArray<string>.Empty;
        CheckSeverity severity = CheckSeverity.Error;

        foreach (KeyedEntry rule in keys.Entries)
        {
            if (!readsText && rule.Key is SchemaKeys.MaxLength or SchemaKeys.MinLength or SchemaKeys.MaxWords or SchemaKeys.MinWords
                or SchemaKeys.Pattern or SchemaKeys.NotEmpty or SchemaKeys.OneOf or SchemaKeys.Speaker or SchemaKeys.AttributedWithin)
            {
                context.Report(DiagnosticCatalog.OptionNotApplicable, rule.KeyNode.Range, rule.Key, "line and marker slots", "move it to the check of the part's or case's own line slot");
                continue;
            }

            switch (rule.Key)
            {
                case SchemaKeys.MaxLength:
                    maxLength = context.Values.Count(rule);
                    CheckOrder(minLength, maxLength, rule, SchemaKeys.MinLength, SchemaKeys.MaxLength);
                    break;
                case SchemaKeys.MinLength:
                    minLength = context.Values.Count(rule);
                    CheckOrder(minLength, maxLength, rule, SchemaKeys.MinLength, SchemaKeys.MaxLength);
                    break;
                case SchemaKeys.MaxWords:
                    maxWords = context.Values.Count(rule);
                    CheckOrder(minWords, maxWords, rule, SchemaKeys.MinWords, SchemaKeys.MaxWords);
                    break;
                case SchemaKeys.MinWords:
                    minWords = context.Values.Count(rule);
                    CheckOrder(minWords, maxWords, rule, SchemaKeys.MinWords, SchemaKeys.MaxWords);
                    break;
                case SchemaKeys.Pattern:
                    pattern = context.Values.Pattern(rule);
                    break;
                case SchemaKeys.NotEmpty:
                    notEmpty = context.Values.Bool(rule) ?? false;
                    break;
                case SchemaKeys.OneOf:
                    oneOf = context.Values.Strings(rule)?.ToEquatableArray() ?? EquatableArray<string>.Empty;
                    break;
                case SchemaKeys.Speaker:
                    speakerRequired = ReadSpeaker(rule, hasAttribution);
                    break;
                case SchemaKeys.AttributedWithin:
                    if (!hasQuotes)
                    {
                        context.Report(DiagnosticCatalog.OptionNotApplicable, rule.KeyNode.Range, rule.Key, "slots with 'value: quotes'", "add 'value: quotes' to the slot or remove 'attributedWithin'");
                    }
                    else
                    {
                        attributedWithin = context.Values.Count(rule);
                    }

                    break;
                case SchemaKeys.Count:
                    if (!isRepeat)
                    {
                        context.Report(DiagnosticCatalog.OptionNotApplicable, rule.KeyNode.Range, rule.Key, "slots with 'repeat'", "add 'repeat' to the slot or remove 'count'");
                    }
                    else if (context.Values.Range(rule, forRepeat: false) is { } count)
                    {
                        (countMin, countMax) = (count.Min, count.Max);
                    }

                    break;
                case SchemaKeys.Severity:
                    severity = ReadSeverity(rule);
                    break;
                case SchemaKeys.Message:
                    message = context.Values.String(rule);
                    break;
            }
        }

        return new Check(maxLength, minLength, maxWords, minWords, pattern, notEmpty, oneOf, speakerRequired, countMin, countMax, severity, message)
        {
            AttributedWithin = attributedWithin,
        };
    }

    private bool ReadSpeaker(KeyedEntry rule, bool hasAttribution)
    {
        if (context.Values.Choice(rule, SchemaKeys.SpeakerRules, "speaker rule") is null)
        {
            return false;
        }

        if (!hasAttribution)
        {
            context.Report(DiagnosticCatalog.OptionNotApplicable, rule.KeyNode.Range, rule.Key, "slots with 'value: attribution' or 'value: quotes'", "add 'value: attribution' or 'value: quotes' to the slot, or remove 'speaker'");
            return false;
        }

        return true;
    }

    public CheckSeverity ReadSeverity(KeyedEntry rule) =>
        context.Values.Choice(rule, SchemaKeys.Severities, "severity") switch
        {
            "warning" => CheckSeverity.Warning,
            "info" => CheckSeverity.Info,
            _ => CheckSeverity.Error,
        };

    // Reported at whichever bound is written second, so a pair in either order reports once.
    private void CheckOrder(int? min, int? max, KeyedEntry rule, string minKey, string maxKey)
    {
        if (min is { } low && max is { } high && low > high)
        {
            context.Report(DiagnosticCatalog.BoundsOutOfOrder, rule.Value.Range, $"{minKey}: {low}", $"{maxKey}: {high}");
        }
    }
}
