using System;
using System.Collections.Generic;

namespace Copydesk.Schema.Naming;

/// <summary>
/// The naming rules of the schema language. Names reach generated code as identifiers, so the rules are
/// strict enough that no name can break or inject code, yet readable in JSON as written.
/// </summary>
internal static class Identifiers
{
    // Reserved C# keywords (contextual ones are legal identifiers).
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    // Members every generated record has (from object or synthesised by the compiler); a property or
    // nested type with one of these names does not compile or hides it (a warning, so an error in strict builds).
    private static readonly HashSet<string> RecordMembers = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "Deconstruct", "EqualityContract", "PrintMembers",
    };

    /// <summary>Members of every generated article type besides the record members: its span and its API.</summary>
    public static readonly string[] ArticleMembers = ["Span", "Parse", "TryParse", "Validate", "WriteJson", "ToJson", "WriteJsonLd", "ToJsonLd"];

    /// <summary>Members of every generated part type besides the record members.</summary>
    public static readonly string[] PartMembers = ["Span"];

    /// <summary>Members of every generated <c>oneOf</c> case type besides the record members.</summary>
    public static readonly string[] CaseMembers = ["Span", "Value"];

    /// <summary>Whether a C# member name is one every record already has.</summary>
    public static bool IsRecordMember(string memberName) => RecordMembers.Contains(memberName);

    /// <summary>
    /// Checks a slot, case or line class name: letters, digits and <c>_</c>, not starting with a digit. These
    /// become properties in PascalCase, so C# keywords are fine. Returns the reason it is invalid, or null.
    /// </summary>
    public static string? CheckName(string name) => CheckCharacters(name);

    /// <summary>
    /// Checks a name that becomes a C# type (the article type, part names): a name as for slots that is not
    /// a keyword and not all lower-case ASCII (warning CS8981, an error in builds that treat warnings as errors).
    /// </summary>
    public static string? CheckTypeName(string name)
    {
        string? reason = CheckCharacters(name);
        if (reason is not null)
        {
            return reason;
        }

        if (Keywords.Contains(name))
        {
            return "it is a C# keyword";
        }

        foreach (char c in name)
        {
            if (c is not (>= 'a' and <= 'z'))
            {
                return null;
            }
        }

        return "C# warns about type names made only of lower-case ASCII letters (CS8981); start it with an upper-case letter";
    }

    /// <summary>
    /// Checks a namespace: identifiers separated by dots. A segment may be a keyword: the generated code writes
    /// it as a verbatim identifier (<c>Acme.@event</c>), which C# allows.
    /// </summary>
    public static string? CheckNamespace(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        foreach (string segment in name.Split('.'))
        {
            if (segment.Length == 0)
            {
                return "it has an empty segment between dots";
            }

            string? reason = CheckCharacters(segment);
            if (reason is not null)
            {
                return reason;
            }
        }

        return null;
    }

    private static string? CheckCharacters(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (!char.IsLetter(name[0]) && name[0] != '_')
        {
            return $"it must start with a letter or '_', not {Show(name, 0)}";
        }

        for (int i = 1; i < name.Length; i++)
        {
            char c = name[i];
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return $"{Show(name, i)} is not allowed; use letters, digits and '_'";
            }
        }

        return null;
    }

    // Shows the offending character readably, keeping surrogate pairs whole.
    private static string Show(string name, int index)
    {
        char c = name[index];
        if (char.IsHighSurrogate(c) && index + 1 < name.Length && char.IsLowSurrogate(name[index + 1]))
        {
            return "'" + name.Substring(index, 2) + "'";
        }

        return c == ' ' || Diagnostics.InvisibleCharacters.IsInvisibleAt(name, index) ? $"U+{(int)c:X4}" : "'" + c + "'";
    }
}
