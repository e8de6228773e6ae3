using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Copydesk.Schema.Naming;

namespace Copydesk.Schema.Analysis;

/// <summary>A named group of a capture pattern: the field it becomes and where the pattern names it.</summary>
/// <param name="Name">The group name as written: the field's JSON name.</param>
/// <param name="PropertyName">The C# property the field becomes.</param>
/// <param name="Offset">Where <c>(?&lt;</c> of the group's first occurrence starts in the pattern (UTF-16 code units).</param>
internal readonly record struct CaptureGroup(string Name, string PropertyName, int Offset);

/// <summary>What is wrong with the named groups of a capture pattern or the fields declared for them.</summary>
internal enum CaptureProblemKind
{
    /// <summary>A group name that cannot be a C# property: not an identifier, or a member every record has.</summary>
    InvalidGroupName,

    /// <summary>Two different group names that become the same C# property.</summary>
    CollidingGroupNames,

    /// <summary>A field declared for a group the pattern does not name.</summary>
    UnknownGroup,

    /// <summary>A named group no field reads: named groups are fields, groups meant to capture nothing are written <c>(?:…)</c>.</summary>
    UndeclaredGroup,
}

/// <summary>One mistake in a capture: its kind, the name it is about, and what to say about it.</summary>
/// <param name="Kind">The kind of mistake.</param>
/// <param name="Name">The group or field name the mistake is about.</param>
/// <param name="Detail">Why the name is invalid, the group it collides with, or the did-you-mean hint (possibly empty).</param>
internal readonly record struct CaptureProblem(CaptureProblemKind Kind, string Name, string Detail);

/// <summary>
/// The named groups of a capture pattern, each of which becomes one field of the captured record, and the checks
/// the schema makes on them at build time: names that are properties, properties that do not collide, fields
/// declared only for groups that exist. Numbered groups (<c>(…)</c>, <c>(?&lt;2&gt;…)</c>) capture no field.
/// </summary>
internal static class CaptureGroups
{
    /// <summary>Members of every captured record besides the record members: the line read, whether the pattern matched it, its span.</summary>
    public static readonly string[] RecordMembers = ["Line", "IsMatch", "Span"];

    /// <summary>
    /// The named groups of <paramref name="compiled"/>, built from <paramref name="pattern"/>, in the order the pattern
    /// first names them; a name used by several alternatives is one group.
    /// </summary>
    public static List<CaptureGroup> Find(Regex compiled, string pattern)
    {
        var groups = new List<CaptureGroup>();

        // .NET numbers named groups after the unnamed ones, in the order they appear: GetGroupNames keeps that order.
        foreach (string name in compiled.GetGroupNames())
        {
            if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                groups.Add(new CaptureGroup(name, SchemaNames.Pascal(name), OffsetOf(pattern, name)));
            }
        }

        return groups;
    }

    /// <summary>
    /// The mistakes in <paramref name="groups"/> and in the fields declared for them, <paramref name="fields"/>, in the
    /// order: invalid names, collisions, unknown fields, groups no field reads.
    /// </summary>
    public static List<CaptureProblem> Check(IReadOnlyList<CaptureGroup> groups, IEnumerable<string> fields)
    {
        var problems = new List<CaptureProblem>();
        var names = new List<string>(groups.Count);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (CaptureGroup group in groups)
        {
            names.Add(group.Name);
            if (NameProblem(group) is { } reason)
            {
                problems.Add(new CaptureProblem(CaptureProblemKind.InvalidGroupName, group.Name, reason));
            }
            else if (properties.TryGetValue(group.PropertyName, out string? first))
            {
                problems.Add(new CaptureProblem(CaptureProblemKind.CollidingGroupNames, group.Name, first));
            }
            else
            {
                properties.Add(group.PropertyName, group.Name);
            }
        }

        // A misspelt field is one mistake: its group, the one suggested, is not also reported as read by no field.
        var declared = new List<string>();
        foreach (string field in fields)
        {
            declared.Add(field);
            if (!names.Contains(field))
            {
                string? suggestion = NameSuggester.Suggest(field, names);
                declared.Add(suggestion ?? field);
                problems.Add(new CaptureProblem(CaptureProblemKind.UnknownGroup, field, NameSuggester.DidYouMean(suggestion)));
            }
        }

        foreach (string name in names)
        {
            if (!declared.Contains(name))
            {
                problems.Add(new CaptureProblem(CaptureProblemKind.UndeclaredGroup, name, string.Empty));
            }
        }

        return problems;
    }

    /// <summary>Why <paramref name="name"/>, a group or the rest field, cannot be a property of a captured record; <see langword="null"/> when it can.</summary>
    public static string? NameProblem(string name)
    {
        if (Identifiers.CheckName(name) is { } reason)
        {
            return reason;
        }

        string property = SchemaNames.Pascal(name);
        return Identifiers.IsRecordMember(property) || Array.IndexOf(RecordMembers, property) >= 0
            ? $"it becomes the property '{property}', which every captured record already has"
            : null;
    }

    private static string? NameProblem(CaptureGroup group) => NameProblem(group.Name);

    // '(?<name>', '(?<name-other>' (a balancing group) or "(?'name'"; the first one written.
    private static int OffsetOf(string pattern, string name)
    {
        int best = -1;
        foreach (string opening in new[] { "(?<" + name + ">", "(?<" + name + "-", "(?'" + name + "'", "(?'" + name + "-" })
        {
            int at = pattern.IndexOf(opening, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return Math.Max(best, 0);
    }
}
