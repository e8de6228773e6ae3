using System.Collections.Generic;
using Copydesk.Markup.FrontMatter;
using FrontMatterField = Copydesk.Markup.FrontMatter.FrontMatterField;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Copydesk.Text;

namespace Copydesk.Interpretation.Binding;

/// <summary>
/// Binds a <see cref="FrontMatterPlan"/> to the runtime's front-matter reader: the same field table the generated
/// code prints for the same plan. Decides nothing.
/// </summary>
internal static class FrontMatterSpecBinder
{
    /// <summary>The spec of <paramref name="plan"/>, or <see langword="null"/> for a schema without front matter.</summary>
    public static FrontMatterSpec? Bind(FrontMatterPlan? plan) =>
        plan is null ? null : new FrontMatterSpec(Fields(plan.Fields), Policy(plan.UnknownKeys));

    /// <summary>The runtime's kind of a front-matter type.</summary>
    public static FrontMatterKind Kind(FrontMatterType type) => type switch
    {
        FrontMatterType.String => FrontMatterKind.String,
        FrontMatterType.Integer => FrontMatterKind.Integer,
        FrontMatterType.Number => FrontMatterKind.Number,
        FrontMatterType.Boolean => FrontMatterKind.Boolean,
        FrontMatterType.Date => FrontMatterKind.Date,
        FrontMatterType.DateTime => FrontMatterKind.DateTime,
        FrontMatterType.Url => FrontMatterKind.Url,
        FrontMatterType.Email => FrontMatterKind.Email,
        _ => FrontMatterKind.Mapping,
    };

    private static FrontMatterField[] Fields(EquatableArray<FrontMatterFieldPlan> plans)
    {
        var fields = new FrontMatterField[plans.Count];
        for (int i = 0; i < fields.Length; i++)
        {
            FrontMatterFieldPlan plan = plans[i];
            FrontMatterChecks checks = plan.Checks;
            fields[i] = new FrontMatterField(plan.Name, Kind(plan.Type), plan.IsList)
            {
                IsRequired = plan.IsRequired,
                Default = plan.Default,
                DefaultItems = plan.DefaultItems is { } items ? [.. items] : null,
                MinLength = checks.MinLength,
                MaxLength = checks.MaxLength,
                Pattern = checks.Pattern is { } pattern ? TextRules.CreatePattern(pattern.Pattern, pattern.Backtracking) : null,
                OneOf = checks.OneOf is { } allowed ? [.. allowed] : null,
                Minimum = checks.Minimum,
                Maximum = checks.Maximum,
                MinCount = checks.MinCount,
                MaxCount = checks.MaxCount,
                Severity = PlanBinder.Severity(checks.Severity),
                Fields = Fields(plan.Fields),
                UnknownKeys = Policy(plan.UnknownKeys),
                DateOptions = plan.Parser is { Kind: TypedValueKind.Date } date ? TypedValueBinder.DateOptionsOf(date) : null,
                DateTimeOptions = plan.Parser is { Kind: TypedValueKind.DateTime } dateTime ? TypedValueBinder.DateTimeOptionsOf(dateTime) : null,
            };
        }

        return fields;
    }

    private static FrontMatterUnknownKeys Policy(UnknownKeyPolicy policy) => policy switch
    {
        UnknownKeyPolicy.Warn => FrontMatterUnknownKeys.Warn,
        UnknownKeyPolicy.Error => FrontMatterUnknownKeys.Error,
        _ => FrontMatterUnknownKeys.Allow,
    };
}
