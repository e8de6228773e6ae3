using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Copydesk.Validation;

/// <summary>
/// Collects the issues of one <c>Validate()</c> call and tracks the path of the value being checked,
/// materialising path strings only when an issue is reported. Not thread-safe: one instance per call.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<(string? Name, int Index)> segments = new();
    private List<ArticleIssue>? issues;

    /// <summary>The issues reported so far, in the order reported.</summary>
    public IReadOnlyList<ArticleIssue> Issues => (IReadOnlyList<ArticleIssue>?)issues ?? Array.Empty<ArticleIssue>();

    /// <summary>Descends into the property <paramref name="name"/>.</summary>
    public void Enter(string name) => segments.Add((name, -1));

    /// <summary>Descends into item <paramref name="index"/> of the current list.</summary>
    public void EnterIndex(int index) => segments.Add((null, index));

    /// <summary>Goes back up one level.</summary>
    public void Exit() => segments.RemoveAt(segments.Count - 1);

    /// <summary>The current path, such as <c>body[1].attribution</c>.</summary>
    public string CurrentPath => BuildPath(null);

    /// <summary>Reports an issue at the current path, or at its child <paramref name="child"/> when given.</summary>
    public void Report(string code, IssueSeverity severity, string message, SourceSpan span, string? child = null)
    {
        (issues ??= new()).Add(new ArticleIssue(code, severity, BuildPath(child), message, span));
    }

    /// <summary>The current path with <paramref name="child"/> appended when given.</summary>
    public string BuildPath(string? child)
    {
        var builder = new StringBuilder();
        foreach (var (name, index) in segments)
        {
            if (name is null)
            {
                builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(name);
            }
        }

        if (child is not null)
        {
            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(child);
        }

        return builder.ToString();
    }
}
