using Copydesk.Interpretation.Binding;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Copydesk.Validation;

namespace Copydesk.Interpretation.Validation;

/// <summary>
/// Runs the plan's checks over an interpreted article: walks it in document order, enters the same path segments
/// and calls the same <see cref="Checks"/> in the plan's rule order as the generated validator, which prints the
/// same plan. Branches the plan marks as holding no check are skipped.
/// </summary>
internal static class ArticleValidator
{
    /// <summary>Checks a record of <paramref name="owner"/>: the article, or a part.</summary>
    public static void Validate(ValidationContext context, BoundOwner owner, InterpretedRecord value)
    {
        BoundSlot[] slots = owner.Slots;
        for (int i = 0; i < slots.Length; i++)
        {
            BoundSlot slot = slots[i];
            BoundChecks checks = slot.Checks;
            if (!checks.HasChecks)
            {
                continue;
            }

            InterpretedField field = value.Fields[i];
            context.Enter(slot.Name);
            if (slot.Cardinality == Cardinality.Repeat)
            {
                NodeList<InterpretedNode> items = field.Items;
                if (checks.Count is { } count)
                {
                    Checks.Count(context, items, static item => item.Span, value.Span, count.Min, count.Max, checks.Severity, checks.Message);
                }

                foreach (CaseCountRule caseCount in checks.CaseCounts)
                {
                    int caseIndex = caseCount.CaseIndex;
                    Checks.CaseCount(
                        context, items, item => ((InterpretedCase)item).CaseIndex == caseIndex, static item => item.Span, value.Span,
                        caseCount.CaseName, caseCount.Min, caseCount.Max, checks.Severity, checks.Message);
                }

                if (checks.HasElementChecks)
                {
                    for (int index = 0; index < items.Count; index++)
                    {
                        context.EnterIndex(index);
                        ValidateElement(context, slot, items[index]);
                        context.Exit();
                    }
                }
            }
            else if (field.Value is { } present)
            {
                ValidateElement(context, slot, present);
            }

            context.Exit();
        }
    }

    // The refusals of a typed value, through the runtime's ValueChecks as generated code reports them; a captured
    // line's no match and refused fields through CaptureChecks.
    private static void ValidateTyped(ValidationContext context, InterpretedNode value)
    {
        if (value is InterpretedCapture capture)
        {
            CaptureChecks.Match(context, capture.IsMatch, capture.Line);
            foreach (InterpretedField field in capture.Fields)
            {
                if (field.Value is InterpretedValue typed)
                {
                    CaptureChecks.Field<object?>(context, field.Name, typed.Value);
                }
            }
        }
        else if (value is InterpretedValueList list)
        {
            ValueChecks.ReadList(context, list.Value);
        }
        else
        {
            ValueChecks.Read(context, ((InterpretedValue)value).Value);
        }
    }

    /// <summary>Checks one value of <paramref name="slot"/>: nested parts first, then the slot's own rules.</summary>
    private static void ValidateElement(ValidationContext context, BoundSlot slot, InterpretedNode value)
    {
        BoundChecks checks = slot.Checks;
        if (checks.HasNestedChecks)
        {
            if (slot.Kind == ReadKind.Part)
            {
                Validate(context, slot.Part!, (InterpretedRecord)value);
            }
            else
            {
                var item = (InterpretedCase)value;
                if (slot.Cases[item.CaseIndex].Part is { HasChecks: true } part)
                {
                    Validate(context, part, (InterpretedRecord)item.Value);
                }
                else if (item.Value is InterpretedValue or InterpretedValueList or InterpretedCapture)
                {
                    ValidateTyped(context, item.Value);
                }
            }
        }

        BoundRule[] rules = checks.ValueRules;
        if (rules.Length == 0)
        {
            return;
        }

        var line = (InterpretedLine)value;
        string text = line.Text;
        SourceSpan span = line.Span;
        IssueSeverity severity = checks.Severity;
        string? message = checks.Message;
        foreach (BoundRule bound in rules)
        {
            switch (bound.Rule)
            {
                case MinLengthRule rule:
                    Checks.MinLength(context, text, span, rule.Min, severity, message);
                    break;
                case MaxLengthRule rule:
                    Checks.MaxLength(context, text, span, rule.Max, severity, message);
                    break;
                case MinWordsRule rule:
                    Checks.MinWords(context, text, span, rule.Min, severity, message);
                    break;
                case MaxWordsRule rule:
                    Checks.MaxWords(context, text, span, rule.Max, severity, message);
                    break;
                case PatternRule:
                    Checks.Pattern(context, text, span, bound.Pattern!, severity, message);
                    break;
                case NotEmptyRule:
                    Checks.NotEmpty(context, text, span, severity, message);
                    break;
                case OneOfRule:
                    Checks.OneOf(context, text, span, bound.Allowed!, severity, message);
                    break;
                case SpeakerRequiredRule:
                    Checks.SpeakerRequired(context, ((InterpretedAttribution)value).Value, severity, message);
                    break;
                case QuoteSpeakerRequiredRule:
                    QuoteChecks.SpeakerRequired(context, ((InterpretedQuotes)value).Value, severity, message);
                    break;
                case AttributedWithinRule within:
                    QuoteChecks.AttributedWithin(context, ((InterpretedQuotes)value).Value, within.Paragraphs, severity, message);
                    break;
                case TypedValueRule:
                    ValidateTyped(context, value);
                    break;
                default:
                    throw new System.InvalidOperationException($"The interpreter does not know the rule {bound.Rule.GetType().Name}.");
            }
        }
    }
}
