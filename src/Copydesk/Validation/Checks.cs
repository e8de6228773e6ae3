using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Copydesk.Text;

namespace Copydesk.Validation;

/// <summary>
/// The <c>check:</c> rules of a schema. Each reports through a <see cref="ValidationContext"/> at its
/// current path; <c>message</c>, when not <see langword="null"/>, replaces the default message.
/// Generated validators and the interpreter both call these, so their issues are identical.
/// </summary>
public static class Checks
{
    /// <summary><c>maxLength</c>: the text has at most <paramref name="max"/> UTF-16 code units.</summary>
    public static void MaxLength(ValidationContext context, string text, SourceSpan span, int max, IssueSeverity severity, string? message)
    {
        if (text.Length > max)
        {
            context.Report(IssueCodes.MaxLength, severity, message ?? $"{Name(context)} is {text.Length} characters long; the limit is {max}.", span);
        }
    }

    /// <summary><c>minLength</c>: the text has at least <paramref name="min"/> UTF-16 code units.</summary>
    public static void MinLength(ValidationContext context, string text, SourceSpan span, int min, IssueSeverity severity, string? message)
    {
        if (text.Length < min)
        {
            context.Report(IssueCodes.MinLength, severity, message ?? $"{Name(context)} is {text.Length} characters long; it needs at least {min}.", span);
        }
    }

    /// <summary><c>maxWords</c>: the text has at most <paramref name="max"/> words.</summary>
    public static void MaxWords(ValidationContext context, string text, SourceSpan span, int max, IssueSeverity severity, string? message)
    {
        int words = TextRules.CountWords(text);
        if (words > max)
        {
            context.Report(IssueCodes.MaxWords, severity, message ?? $"{Name(context)} has {words} words; the limit is {max}.", span);
        }
    }

    /// <summary><c>minWords</c>: the text has at least <paramref name="min"/> words.</summary>
    public static void MinWords(ValidationContext context, string text, SourceSpan span, int min, IssueSeverity severity, string? message)
    {
        int words = TextRules.CountWords(text);
        if (words < min)
        {
            context.Report(IssueCodes.MinWords, severity, message ?? $"{Name(context)} has {words} words; it needs at least {min}.", span);
        }
    }

    /// <summary><c>pattern</c>: the text matches <paramref name="pattern"/>.</summary>
    public static void Pattern(ValidationContext context, string text, SourceSpan span, Regex pattern, IssueSeverity severity, string? message)
    {
        if (!TextRules.Matches(pattern, text))
        {
            context.Report(IssueCodes.Pattern, severity, message ?? $"{Name(context)} does not match the pattern {pattern}.", span);
        }
    }

    /// <summary><c>notEmpty</c>: the text is not empty.</summary>
    public static void NotEmpty(ValidationContext context, string text, SourceSpan span, IssueSeverity severity, string? message)
    {
        if (text.Length == 0)
        {
            context.Report(IssueCodes.NotEmpty, severity, message ?? $"{Name(context)} must not be empty.", span);
        }
    }

    /// <summary><c>oneOf</c>: the text is one of <paramref name="allowed"/> (ordinal).</summary>
    public static void OneOf(ValidationContext context, string text, SourceSpan span, string[] allowed, IssueSeverity severity, string? message)
    {
        if (Array.IndexOf(allowed, text) < 0)
        {
            context.Report(IssueCodes.OneOf, severity, message ?? $"{Name(context)} is \"{text}\"; expected one of \"{string.Join("\", \"", allowed)}\".", span);
        }
    }

    /// <summary><c>speaker: required</c>: the attribution names a speaker.</summary>
    public static void SpeakerRequired(ValidationContext context, Attribution attribution, IssueSeverity severity, string? message)
    {
        if (attribution.Speaker is null)
        {
            context.Report(IssueCodes.SpeakerRequired, severity, message ?? $"{Name(context)} names no speaker.", attribution.Span, "speaker");
        }
    }

    /// <summary>
    /// <c>count: N..M</c>: a repeated slot has between <paramref name="min"/> and <paramref name="max"/> items. The
    /// issue covers the items, from the first through the last, or the owner when there are none.
    /// </summary>
    /// <param name="context">The validation.</param>
    /// <param name="items">The items of the repeat.</param>
    /// <param name="spanOf">Where an item stands.</param>
    /// <param name="ownerSpan">Where the record holding the repeat stands.</param>
    /// <param name="min">The fewest items.</param>
    /// <param name="max">The most items; <see cref="int.MaxValue"/> for no limit.</param>
    /// <param name="severity">The severity of the issue.</param>
    /// <param name="message">The message replacing the default one, or <see langword="null"/>.</param>
    public static void Count<T>(ValidationContext context, NodeList<T> items, Func<T, SourceSpan> spanOf, SourceSpan ownerSpan, int min, int max, IssueSeverity severity, string? message)
    {
        int count = items.Count;
        if (count < min || count > max)
        {
            string range = max == int.MaxValue
                ? $"at least {min.ToString(CultureInfo.InvariantCulture)}"
                : min == max ? min.ToString(CultureInfo.InvariantCulture) : $"{min}..{max}";
            SourceSpan span = count > 0 ? SourceSpan.Cover(spanOf(items[0]), spanOf(items[count - 1])) : ownerSpan;
            context.Report(IssueCodes.Count, severity, message ?? $"{Name(context)} has {count} items; expected {range}.", span);
        }
    }

    private static string Name(ValidationContext context)
    {
        string path = context.CurrentPath;
        return path.Length == 0 ? "The article" : path;
    }
}
