using System;
using System.Collections.Generic;
using Copydesk.Validation;
using Copydesk.Values;

namespace Copydesk.Markup.FrontMatter;

/// <summary>
/// Reads a front-matter tree against the declared fields: the typed value of each field, the errors that leave a
/// field without one (a missing required key, a wrong type, a value its parser refuses, a duplicate key), which stop
/// the parse, and the findings of the checks and unknown keys, which <c>Validate()</c> reports. Every issue is at the
/// key or value in the article, with its path (<c>frontMatter.tags[2]</c>).
/// </summary>
internal sealed class FrontMatterBinder
{
    private const string Root = "frontMatter";

    private readonly ValidationContext errors = new();
    private readonly ValidationContext findings = new();

    private FrontMatterBinder()
    {
        Enter(Root);
    }

    /// <summary>Reads <paramref name="root"/> (null when the article has no front matter or an empty one).</summary>
    /// <param name="root">The top mapping.</param>
    /// <param name="where">Where a missing top-level key is reported: the opening fence, or the start of the article.</param>
    /// <param name="spec">The declared fields.</param>
    /// <param name="errors">The issues that stop the parse.</param>
    public static FrontMatterValues Bind(YamlTreeMapping? root, SourceSpan where, FrontMatterSpec spec, out IReadOnlyList<ArticleIssue> errors)
    {
        var binder = new FrontMatterBinder();
        FrontMatterValues values = binder.Mapping(root, where, spec.Fields, spec.UnknownKeys);
        IReadOnlyList<ArticleIssue> found = binder.findings.Issues;
        values.Issues = found.Count == 0 ? NodeList<ArticleIssue>.Empty : new NodeList<ArticleIssue>([.. found], 0, found.Count);
        errors = binder.errors.Issues;
        return values;
    }

    private FrontMatterValues Mapping(YamlTreeMapping? mapping, SourceSpan where, IReadOnlyList<FrontMatterField> fields, FrontMatterUnknownKeys unknownKeys)
    {
        var given = new KeyValuePair<YamlTreeScalar, YamlTreeNode>?[fields.Count];
        if (mapping is not null)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (KeyValuePair<YamlTreeScalar, YamlTreeNode> entry in mapping.Entries)
            {
                string key = entry.Key.Value;
                Enter(key);
                if (!seen.Add(key))
                {
                    errors.Add(IssueCodes.FrontMatterDuplicateKey, IssueSeverity.Error, $"{errors.Path} is given twice; YAML keys are unique: remove one.", entry.Key.Span);
                }
                else if (FrontMatterField.IndexOf(fields, key) is int index and >= 0)
                {
                    given[index] = entry;
                }
                else if (unknownKeys != FrontMatterUnknownKeys.Allow)
                {
                    findings.Add(
                        IssueCodes.FrontMatterUnknownKey,
                        unknownKeys == FrontMatterUnknownKeys.Error ? IssueSeverity.Error : IssueSeverity.Warning,
                        $"{findings.Path} is not a key the schema declares{Suggestion(key, fields)}.",
                        entry.Key.Span);
                }

                Exit();
            }
        }

        var values = new object?[fields.Count];
        var spans = new SourceSpan[fields.Count];
        for (int i = 0; i < fields.Count; i++)
        {
            FrontMatterField field = fields[i];
            Enter(field.Name);
            if (given[i] is { } entry && !(entry.Value is YamlTreeScalar { IsNull: true }))
            {
                spans[i] = entry.Value.Span;
                values[i] = field.IsList ? List(field, entry.Value) : Single(field, entry.Value);
            }
            else
            {
                SourceSpan at = given[i] is { } empty ? empty.Key.Span : where;
                spans[i] = at;
                values[i] = field.DefaultValue;
                if (field.IsRequired)
                {
                    string message = given[i] is null
                        ? $"{errors.Path} is required: add the key '{field.Name}' to the front matter."
                        : $"{errors.Path} is required and is empty.";
                    errors.Add(IssueCodes.FrontMatterMissingKey, IssueSeverity.Error, message, at);
                }
            }

            Exit();
        }

        return new FrontMatterValues(fields, values, spans, mapping?.Span ?? where);
    }

    private NodeList<object> List(FrontMatterField field, YamlTreeNode node)
    {
        if (node is not YamlTreeSequence sequence)
        {
            WrongType(node, "a list of " + Plural(field.Kind));
            return NodeList<object>.Empty;
        }

        var items = new List<object>(sequence.Items.Count);
        var spans = new SourceSpan[sequence.Items.Count];
        for (int i = 0; i < sequence.Items.Count; i++)
        {
            YamlTreeNode item = sequence.Items[i];
            spans[i] = item.Span;
            errors.EnterIndex(i);
            findings.EnterIndex(i);
            if (Single(field, item) is { } value)
            {
                items.Add(value);
            }

            Exit();
        }

        Checks.Count(findings, new NodeList<SourceSpan>(spans, 0, spans.Length), static span => span, node.Span, field.MinCount, field.MaxCount, field.Severity, null);
        return new NodeList<object>(items.ToArray(), 0, items.Count);
    }

    private object? Single(FrontMatterField field, YamlTreeNode node)
    {
        if (field.Kind == FrontMatterKind.Mapping)
        {
            if (node is YamlTreeMapping mapping)
            {
                return Mapping(mapping, mapping.Span, field.Fields, field.UnknownKeys);
            }

            WrongType(node, "a mapping");
            return null;
        }

        if (node is not YamlTreeScalar scalar || scalar.IsNull)
        {
            WrongType(node, FrontMatterScalars.Expected(field.Kind));
            return null;
        }

        if (!scalar.IsPlain && FrontMatterScalars.NeedsPlain(field.Kind))
        {
            errors.Add(
                IssueCodes.FrontMatterWrongType,
                IssueSeverity.Error,
                $"{errors.Path} must be {FrontMatterScalars.Expected(field.Kind)}, not {scalar.Describe()}: remove the quotes.",
                scalar.Span);
            return null;
        }

        object? value = FrontMatterScalars.Read(field, scalar.Value, out ValueFailure? failure);
        if (failure is { } refused)
        {
            Checks.Value(errors, refused, scalar.Value, scalar.Span, IssueSeverity.Error, null);
            return null;
        }

        Check(field, scalar, value!);
        return value;
    }

    // The rules of lines, in the order the language documents them, then the range.
    private void Check(FrontMatterField field, YamlTreeScalar scalar, object value)
    {
        string text = scalar.Value;
        if (field.MinLength is { } minLength)
        {
            Checks.MinLength(findings, text, scalar.Span, minLength, field.Severity, null);
        }

        if (field.MaxLength is { } maxLength)
        {
            Checks.MaxLength(findings, text, scalar.Span, maxLength, field.Severity, null);
        }

        if (field.Pattern is { } pattern)
        {
            Checks.Pattern(findings, text, scalar.Span, pattern, field.Severity, null);
        }

        if (field.OneOf is { } allowed)
        {
            Checks.OneOf(findings, text, scalar.Span, [.. allowed], field.Severity, null);
        }

        if (field.MinimumValue is { } minimum && minimum.CompareTo(value) > 0)
        {
            findings.Add(IssueCodes.FrontMatterOutOfRange, field.Severity, $"{findings.Path} is {text.Trim()}; the minimum is {field.Minimum}.", scalar.Span);
        }

        if (field.MaximumValue is { } maximum && maximum.CompareTo(value) < 0)
        {
            findings.Add(IssueCodes.FrontMatterOutOfRange, field.Severity, $"{findings.Path} is {text.Trim()}; the maximum is {field.Maximum}.", scalar.Span);
        }
    }

    private void WrongType(YamlTreeNode node, string expected)
    {
        string found = node is YamlTreeScalar { IsNull: true } ? "nothing" : node.Describe();
        errors.Add(IssueCodes.FrontMatterWrongType, IssueSeverity.Error, $"{errors.Path} must be {expected}, not {found}.", node.Span);
    }

    private static string Plural(FrontMatterKind kind) => kind switch
    {
        FrontMatterKind.String => "texts",
        FrontMatterKind.Integer => "integers",
        FrontMatterKind.Number => "numbers",
        FrontMatterKind.Boolean => "booleans",
        FrontMatterKind.Date => "dates",
        FrontMatterKind.DateTime => "dates and times",
        FrontMatterKind.Url => "URLs",
        FrontMatterKind.Email => "e-mail addresses",
        _ => "mappings",
    };

    // Keys differing only in case or separators are the usual slip: 'Title', 'pub_date' for 'pubDate'.
    private static string Suggestion(string key, IReadOnlyList<FrontMatterField> fields)
    {
        string simple = Simplify(key);
        foreach (FrontMatterField field in fields)
        {
            if (Simplify(field.Name) == simple)
            {
                return $"; did you mean '{field.Name}'?";
            }
        }

        return string.Empty;
    }

    private static string Simplify(string key) => key.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private void Enter(string name)
    {
        errors.Enter(name);
        findings.Enter(name);
    }

    private void Exit()
    {
        errors.Exit();
        findings.Exit();
    }
}
