using System.Collections.Generic;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;

namespace Copydesk.Schema.Planning;

/// <summary>
/// How the front matter of a schema is read, typed, checked and named, decided once: the generator prints it as
/// a record and a field table, the interpreter binds it to the same table, and the runtime's front-matter reader
/// executes the table for both.
/// </summary>
/// <param name="RecordName">The record of the top-level front matter: <c>{Type}FrontMatter</c>.</param>
/// <param name="Fields">The top-level fields, in schema order.</param>
/// <param name="UnknownKeys">What a top-level key the fields do not declare becomes.</param>
/// <param name="SourceLine">The line of the <c>frontMatter</c> key in the schema.</param>
public sealed record FrontMatterPlan(string RecordName, EquatableArray<FrontMatterFieldPlan> Fields, UnknownKeyPolicy UnknownKeys, int SourceLine)
{
    /// <summary>Every mapping record: the top-level one's nested mappings, then theirs, depth first.</summary>
    public IEnumerable<FrontMatterFieldPlan> NestedMappings
    {
        get
        {
            var pending = new Stack<FrontMatterFieldPlan>();
            for (int i = Fields.Count - 1; i >= 0; i--)
            {
                pending.Push(Fields[i]);
            }

            while (pending.Count > 0)
            {
                FrontMatterFieldPlan next = pending.Pop();
                if (next.Type != FrontMatterType.Mapping)
                {
                    continue;
                }

                yield return next;
                for (int i = next.Fields.Count - 1; i >= 0; i--)
                {
                    pending.Push(next.Fields[i]);
                }
            }
        }
    }
}

/// <summary>One front-matter field with its decisions made.</summary>
/// <param name="Name">The key as written, which is also its JSON member and its segment of issue paths.</param>
/// <param name="PropertyName">The C# property.</param>
/// <param name="Type">What the field (each item of a list) holds.</param>
/// <param name="IsList">Whether it holds a list (never null: an absent list is empty).</param>
/// <param name="IsRequired">Whether a missing or empty key stops the parse.</param>
/// <param name="IsNullable">Whether the property may be null: an optional scalar or mapping without a default.</param>
/// <param name="Default">The default of a scalar, canonical; read by the field's parser at run time.</param>
/// <param name="DefaultItems">The default items of a list, canonical; <see langword="null"/> for an empty list.</param>
/// <param name="Checks">The checks, reported by <c>Validate()</c>.</param>
/// <param name="RecordName">The record of a mapping field; <see langword="null"/> otherwise.</param>
/// <param name="Fields">The fields of a mapping.</param>
/// <param name="UnknownKeys">What a key of a mapping its fields do not declare becomes.</param>
/// <param name="Description">Documentation for the property.</param>
public sealed record FrontMatterFieldPlan(
    string Name,
    string PropertyName,
    FrontMatterType Type,
    bool IsList,
    bool IsRequired,
    bool IsNullable,
    string? Default,
    EquatableArray<string>? DefaultItems,
    FrontMatterChecks Checks,
    string? RecordName,
    EquatableArray<FrontMatterFieldPlan> Fields,
    UnknownKeyPolicy UnknownKeys,
    string? Description)
{
    /// <summary>
    /// The options of a <c>date</c> or <c>date-time</c> field's parser, as a typed value declares them (its
    /// <c>formats</c> and <c>offset</c>); <see langword="null"/> for ISO 8601 alone and for every other type.
    /// </summary>
    public ValueSpec? Parser { get; init; }
}

/// <summary>The checks of a front-matter field: the rules of lines (length, pattern, oneOf, count) and a range.</summary>
/// <param name="MinLength">The fewest characters of a text value.</param>
/// <param name="MaxLength">The most characters of a text value.</param>
/// <param name="Pattern">The pattern a text value matches, with the engine it runs on.</param>
/// <param name="OneOf">The values a text value is one of; <see langword="null"/> for any.</param>
/// <param name="Minimum">The smallest value, canonical.</param>
/// <param name="Maximum">The largest value, canonical.</param>
/// <param name="MinCount">The fewest items of a list.</param>
/// <param name="MaxCount">The most items of a list; <see cref="int.MaxValue"/> for no limit.</param>
/// <param name="Severity">The severity of the issues.</param>
public sealed record FrontMatterChecks(
    int? MinLength,
    int? MaxLength,
    PatternRule? Pattern,
    EquatableArray<string>? OneOf,
    string? Minimum,
    string? Maximum,
    int MinCount,
    int MaxCount,
    CheckSeverity Severity);

/// <summary>Plans the <c>frontMatter:</c> of a schema.</summary>
internal static class FrontMatterPlanner
{
    public static FrontMatterPlan? Plan(ArticleSchema schema)
    {
        if (schema.FrontMatter is not { } frontMatter)
        {
            return null;
        }

        string record = FrontMatterNames.RecordName(schema.TypeName);
        return new FrontMatterPlan(record, Fields(record, frontMatter.Fields), frontMatter.UnknownKeys, frontMatter.Range.StartLine);
    }

    private static EquatableArray<FrontMatterFieldPlan> Fields(string record, EquatableArray<FrontMatterField> fields)
    {
        var plans = new FrontMatterFieldPlan[fields.Count];
        for (int i = 0; i < plans.Length; i++)
        {
            FrontMatterField field = fields[i];
            bool isMapping = field.Type == FrontMatterType.Mapping;
            string? nested = isMapping ? FrontMatterNames.NestedRecordName(record, field.Name) : null;
            var checks = new FrontMatterChecks(
                field.MinLength,
                field.MaxLength,
                field.Pattern is { } pattern ? new PatternRule(pattern, ParsePlanBuilder.NeedsBacktracking(pattern)) : null,
                field.OneOf.Count > 0 ? field.OneOf : null,
                field.Minimum,
                field.Maximum,
                field.MinCount,
                field.MaxCount,
                field.Severity);
            plans[i] = new FrontMatterFieldPlan(
                field.Name,
                FrontMatterNames.PropertyName(field.Name),
                field.Type,
                field.IsList,
                field.IsRequired,
                Nullability.IsNullable(field),
                field.Default,
                field.DefaultItems,
                checks,
                nested,
                nested is null ? EquatableArray<FrontMatterFieldPlan>.Empty : Fields(nested, field.Fields),
                field.UnknownKeys,
                field.Description)
            {
                Parser = Parser(field),
            };
        }

        return plans.ToEquatableArray();
    }

    // Only a date or a date-time field takes formats and an offset (the loader reports them on any other).
    private static ValueSpec? Parser(FrontMatterField field) =>
        (field.Formats.Count > 0 || field.AssumedOffsetMinutes is not null) && FrontMatterValueKinds.Of(field.Type) is { } kind && kind is TypedValueKind.Date or TypedValueKind.DateTime
            ? new ValueSpec(kind) { Formats = field.Formats, AssumedOffsetMinutes = field.AssumedOffsetMinutes }
            : null;
}
