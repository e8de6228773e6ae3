using System.Collections.Generic;
using System.Globalization;

namespace Copydesk.Schema.Diagnostics;

/// <summary>Every diagnostic a schema can produce. Documented in <c>docs/diagnostics.md</c>, one anchor per id.</summary>
public static class DiagnosticCatalog
{
    /// <summary>Where the diagnostics page lives; ids are anchors on it.</summary>
    public const string HelpLinkBase = "https://github.com/copydesk/copydesk/blob/main/docs/diagnostics.md#";

    private const string Syntax = "Copydesk.Syntax";
    private const string Semantics = "Copydesk.Semantics";
    private const string Generation = "Copydesk.Generation";

    /// <summary>CD1001: the file is not well-formed YAML.</summary>
    public static readonly SchemaDiagnosticDescriptor YamlSyntaxError = new(
        "CD1001", "Schema is not valid YAML", "The schema is not valid YAML: {0}", Syntax, SchemaSeverity.Error);

    /// <summary>CD1002: a mapping has a key the language does not know.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownKey = new(
        "CD1002", "Unknown key", "Unknown key '{0}' in {1}.{2}", Syntax, SchemaSeverity.Error);

    /// <summary>CD1003: a required key is missing.</summary>
    public static readonly SchemaDiagnosticDescriptor MissingKey = new(
        "CD1003", "Missing required key", "{0} needs the key '{1}'", Syntax, SchemaSeverity.Error);

    /// <summary>CD1004: a value has the wrong type or form.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidValue = new(
        "CD1004", "Invalid value", "'{0}' must be {1}", Syntax, SchemaSeverity.Error);

    /// <summary>CD1005: a name cannot become a C# identifier.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidIdentifier = new(
        "CD1005", "Invalid C# identifier", "'{0}' cannot be used as {1}: {2}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1006: a name is declared twice.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateName = new(
        "CD1006", "Duplicate name", "'{0}' is declared more than once in {1}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1007: a line class reference names no line class.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownLineClass = new(
        "CD1007", "Unknown line class", "Unknown line class '{0}'.{1}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1008: a part reference names no part.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownPart = new(
        "CD1008", "Unknown part", "Unknown part or line class '{0}'.{1}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1009: a value parser or marker reference names nothing the language knows.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownReference = new(
        "CD1009", "Unknown value parser or marker mode", "Unknown {0} '{1}'.{2}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1010: a pattern is not a valid .NET regular expression.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidPattern = new(
        "CD1010", "Invalid regular expression", "The pattern '{0}' is not a valid regular expression: {1}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1011: a part contains itself.</summary>
    public static readonly SchemaDiagnosticDescriptor RecursivePart = new(
        "CD1011", "Recursive part", "Part '{0}' contains itself: {1}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1012: a repeated slot can match without reading a line.</summary>
    public static readonly SchemaDiagnosticDescriptor EmptyRepetition = new(
        "CD1012", "Repetition can match nothing", "Slot '{0}' repeats an element that can match without reading a line", Semantics, SchemaSeverity.Error);

    /// <summary>CD1013: a slot or a <c>oneOf</c> case can never match any line; the first argument names it ("Slot 'x'", "Case 'y' of slot 'x'").</summary>
    public static readonly SchemaDiagnosticDescriptor UnreachableSlot = new(
        "CD1013", "Slot can never match", "{0} can never match: {1}", Semantics, SchemaSeverity.Warning);

    /// <summary>CD1014: the <c>copydesk</c> version is not supported.</summary>
    public static readonly SchemaDiagnosticDescriptor UnsupportedVersion = new(
        "CD1014", "Unsupported schema version", "copydesk version '{0}' is not supported; this generator reads version 1", Syntax, SchemaSeverity.Error);

    /// <summary>CD1015: two schemas emit the same type.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateType = new(
        "CD1015", "Two schemas emit the same type", "Type '{0}' is also generated from '{1}'", Generation, SchemaSeverity.Error);

    /// <summary>CD1016: a name collides with a generated member.</summary>
    public static readonly SchemaDiagnosticDescriptor ReservedName = new(
        "CD1016", "Name collides with generated code", "'{0}' collides with {1}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1017: a regular expression may backtrack catastrophically.</summary>
    public static readonly SchemaDiagnosticDescriptor SlowPattern = new(
        "CD1017", "Pattern may be slow", "The pattern '{0}' may backtrack catastrophically: {1}", Semantics, SchemaSeverity.Warning);

    /// <summary>CD1018: a line class refers to itself, directly or through other classes.</summary>
    public static readonly SchemaDiagnosticDescriptor RecursiveLineClass = new(
        "CD1018", "Recursive line class", "Line class '{0}' refers to itself: {1}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1019: the file is larger or nested deeper than a schema may be.</summary>
    public static readonly SchemaDiagnosticDescriptor LimitExceeded = new(
        "CD1019", "Schema exceeds a limit", "The schema exceeds a limit: {0}", Syntax, SchemaSeverity.Error);

    /// <summary>CD1040: a regular expression needs the backtracking engine, so it runs under a time budget.</summary>
    public static readonly SchemaDiagnosticDescriptor BacktrackingPattern = new(
        "CD1040", "Pattern needs the backtracking engine", "The pattern '{0}' needs the backtracking engine because {1}; it runs under a time budget, and a line it cannot decide in time is an issue (CD2002), not a silent mismatch", Semantics, SchemaSeverity.Warning);

    /// <summary>CD1041: the schema file is not UTF-8 text.</summary>
    public static readonly SchemaDiagnosticDescriptor NotUtf8 = new(
        "CD1041", "Schema is not UTF-8 text", "The schema file is not UTF-8 text: {0}; save it as UTF-8", Syntax, SchemaSeverity.Error);

    /// <summary>
    /// CD1050: the project compiles a C# version older than the generated code needs; reported once for the project,
    /// which then gets no generated code (rather than a compiler error at every newer construct in it).
    /// </summary>
    public static readonly SchemaDiagnosticDescriptor LanguageVersionTooOld = new(
        "CD1050", "C# version too old for the generated code", "The code Copydesk generates from schemas needs C# {0} or later, and this project compiles C# {1}: remove <LangVersion> from the project or set it to {0} or later", Generation, SchemaSeverity.Error);

    /// <summary>
    /// CD1051: the project does not reference the runtime library the generated code calls, as with a target framework
    /// before .NET 8; reported once for the project, which then gets no generated code.
    /// </summary>
    public static readonly SchemaDiagnosticDescriptor RuntimeNotReferenced = new(
        "CD1051", "Copydesk runtime not referenced", "The code Copydesk generates from schemas needs .NET 8 or later and the Copydesk runtime library, which this project does not reference{0}: target net8.0 or later and reference the Copydesk package", Generation, SchemaSeverity.Error);

    /// <summary>CD1099: the generator failed; a bug.</summary>
    public static readonly SchemaDiagnosticDescriptor InternalError = new(
        "CD1099", "Internal generator error", "Copydesk could not process this schema because of an internal error: {0}", Generation, SchemaSeverity.Error);

    /// <summary>Every descriptor, in id order.</summary>
    public static readonly SchemaDiagnosticDescriptor[] All =
    [
        YamlSyntaxError, UnknownKey, MissingKey, InvalidValue, InvalidIdentifier, DuplicateName, UnknownLineClass, UnknownPart,
        UnknownReference, InvalidPattern, RecursivePart, EmptyRepetition, UnreachableSlot, UnsupportedVersion, DuplicateType,
        ReservedName, SlowPattern, RecursiveLineClass, LimitExceeded, BacktrackingPattern, NotUtf8, LanguageVersionTooOld,
        RuntimeNotReferenced, InternalError,
    ];

    /// <summary>The entry with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public static SchemaDiagnosticDescriptor? Find(string id)
    {
        foreach (SchemaDiagnosticDescriptor descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="arguments"/> padded with empty strings (or cut) to what <paramref name="descriptor"/> expects,
    /// so formatting the message can never throw, whoever formats it (this library, Roslyn, a command-line tool), and
    /// with invisible characters shown as <c>U+XXXX</c> (<see cref="InvisibleCharacters"/>), so none can blank or reorder it.
    /// </summary>
    public static string[] FitArguments(SchemaDiagnosticDescriptor descriptor, IReadOnlyList<string?> arguments)
    {
        var fitted = new string[descriptor.ArgumentCount];
        for (int i = 0; i < fitted.Length; i++)
        {
            fitted[i] = i < arguments.Count ? InvisibleCharacters.Show(arguments[i] ?? string.Empty) : string.Empty;
        }

        return fitted;
    }

    /// <summary>Formats the message of <paramref name="descriptor"/> with <paramref name="arguments"/>; never throws.</summary>
    public static string Format(SchemaDiagnosticDescriptor descriptor, IReadOnlyList<string?> arguments) =>
        string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, FitArguments(descriptor, arguments));
}
