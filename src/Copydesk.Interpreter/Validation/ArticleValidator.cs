using Copydesk.Interpretation.Plan;
using Copydesk.Schema.Model;
using Copydesk.Validation;

namespace Copydesk.Interpretation.Validation;

/// <summary>
/// The generated validator, interpreted: walks the article in document order, enters the same path segments and
/// calls the same <see cref="Checks"/> in the same order (count, then minLength, maxLength, minWords, maxWords,
/// pattern, notEmpty, oneOf, speaker), so the issues are identical. Branches without checks are skipped.
/// </summary>
internal static class ArticleValidator
{
    /// <summary>Checks a record of <paramref name="owner"/>: the article, or a part.</summary>
    public static void Validate(ValidationContext context, OwnerPlan owner, InterpretedRecord value)
    {
        SlotPlan[] slots = owner.Slots;
        for (int i = 0; i < slots.Length; i++)
        {
            SlotPlan slot = slots[i];
            if (!slot.HasChecks)
            {
                continue;
            }

            InterpretedField field = value.Fields[i];
            context.Enter(slot.Name);
            if (slot.Cardinality == Cardinality.Repeat)
            {
                NodeList<InterpretedNode> items = field.Items;
                if (slot.Check is { CountMin: { } countMin } check)
                {
                    // An empty list has no span of its own: the owner's stands in, as in the generated code.
                    SourceSpan span = items.Count > 0 ? SourceSpan.Cover(items[0].Span, items[items.Count - 1].Span) : value.Span;
                    Checks.Count(context, items.Count, span, countMin, check.CountMax, check.Severity, check.Message);
                }

                if (slot.HasElementChecks)
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

    /// <summary>Checks one value of <paramref name="slot"/>: nested parts first, then the slot's own rules.</summary>
    private static void ValidateElement(ValidationContext context, SlotPlan slot, InterpretedNode value)
    {
        if (slot.HasNestedChecks)
        {
            if (slot.Kind == SlotKind.Part)
            {
                Validate(context, slot.Part!, (InterpretedRecord)value);
            }
            else if (slot.Kind == SlotKind.OneOf)
            {
                var item = (InterpretedCase)value;
                if (slot.Cases[item.CaseIndex].Part is { HasChecks: true } part)
                {
                    Validate(context, part, (InterpretedRecord)item.Value);
                }
            }
        }

        if (!slot.RunsValueChecks)
        {
            return;
        }

        CheckPlan check = slot.Check!;
        var line = (InterpretedLine)value;
        string text = line.Text;
        SourceSpan span = line.Span;
        if (check.MinLength is { } minLength)
        {
            Checks.MinLength(context, text, span, minLength, check.Severity, check.Message);
        }

        if (check.MaxLength is { } maxLength)
        {
            Checks.MaxLength(context, text, span, maxLength, check.Severity, check.Message);
        }

        if (check.MinWords is { } minWords)
        {
            Checks.MinWords(context, text, span, minWords, check.Severity, check.Message);
        }

        if (check.MaxWords is { } maxWords)
        {
            Checks.MaxWords(context, text, span, maxWords, check.Severity, check.Message);
        }

        if (check.Pattern is { } pattern)
        {
            Checks.Pattern(context, text, span, pattern, check.Severity, check.Message);
        }

        if (check.NotEmpty)
        {
            Checks.NotEmpty(context, text, span, check.Severity, check.Message);
        }

        if (check.OneOf is { } allowed)
        {
            Checks.OneOf(context, text, span, allowed, check.Severity, check.Message);
        }

        if (slot.RunsSpeakerCheck)
        {
            Checks.SpeakerRequired(context, ((InterpretedAttribution)value).Value, check.Severity, check.Message);
        }
    }
}
