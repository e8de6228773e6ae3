using System;
using System.Linq;
using System.Text.RegularExpressions;
using Copydesk.Schema.Model;

namespace Copydesk.Interpretation.Plan;

/// <summary>The <c>check:</c> rules of a slot, ready to run: the pattern compiled, the severity mapped.</summary>
internal sealed class CheckPlan
{
    public CheckPlan(Check check, Func<string, Regex> compile)
    {
        MinLength = check.MinLength;
        MaxLength = check.MaxLength;
        MinWords = check.MinWords;
        MaxWords = check.MaxWords;
        Pattern = check.Pattern is null ? null : compile(check.Pattern);
        NotEmpty = check.NotEmpty;
        OneOf = check.OneOf.Count > 0 ? check.OneOf.ToArray() : null;
        SpeakerRequired = check.SpeakerRequired;
        CountMin = check.CountMin;
        CountMax = check.CountMax ?? int.MaxValue;
        Severity = check.Severity switch
        {
            CheckSeverity.Info => IssueSeverity.Info,
            CheckSeverity.Warning => IssueSeverity.Warning,
            _ => IssueSeverity.Error,
        };
        Message = check.Message;

        // The rules that look at one value; count looks at the list instead.
        HasValueChecks = MinLength is not null || MaxLength is not null || MinWords is not null || MaxWords is not null
            || Pattern is not null || NotEmpty || OneOf is not null || SpeakerRequired;
    }

    public int? MinLength { get; }

    public int? MaxLength { get; }

    public int? MinWords { get; }

    public int? MaxWords { get; }

    public Regex? Pattern { get; }

    public bool NotEmpty { get; }

    /// <summary>The allowed values, or <see langword="null"/> when the rule is absent.</summary>
    public string[]? OneOf { get; }

    public bool SpeakerRequired { get; }

    /// <summary>The fewest items of <c>count</c>, or <see langword="null"/> when the rule is absent.</summary>
    public int? CountMin { get; }

    /// <summary>The most items of <c>count</c>; <see cref="int.MaxValue"/> when unbounded.</summary>
    public int CountMax { get; }

    public IssueSeverity Severity { get; }

    public string? Message { get; }

    /// <summary>Whether any rule other than <c>count</c> is present.</summary>
    public bool HasValueChecks { get; }
}
