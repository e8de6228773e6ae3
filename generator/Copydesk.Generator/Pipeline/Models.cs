using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;

namespace Copydesk.Generator.Pipeline;

/// <summary>A schema file's path and text.</summary>
/// <param name="Path">The file path.</param>
/// <param name="Text">The text, or <see langword="null"/> when the file could not be read.</param>
/// <param name="ReadError">Why reading threw, when it did.</param>
internal sealed record SchemaSource(string Path, string? Text, string? ReadError);

/// <summary>A schema file and what loading it produced.</summary>
internal sealed record LoadedSchema(string Path, SchemaLoadResult Result);

/// <summary>The build properties the generator reads.</summary>
/// <param name="RootNamespace">The project's root namespace, the default for schemas that name none.</param>
/// <param name="ProjectDirectory">The project folder, to name generated files after schema paths relative to it.</param>
internal sealed record GeneratorOptions(string? RootNamespace, string? ProjectDirectory)
{
    /// <summary>The project's <c>CopydeskVisibility</c>: the accessibility of types from schemas without <c>visibility</c>.</summary>
    public TypeVisibility? DefaultVisibility { get; init; }
}

/// <summary>Everything needed to emit one schema and report its diagnostics. Holds no Roslyn objects.</summary>
/// <param name="Path">The schema file path.</param>
/// <param name="HintName">The name of the generated file.</param>
/// <param name="Namespace">The namespace of the generated types, or <see langword="null"/> for the global namespace.</param>
/// <param name="Schema">The model, or <see langword="null"/> when errors prevent generation.</param>
/// <param name="Diagnostics">The schema's diagnostics.</param>
internal sealed record GenerationUnit(
    string Path,
    string HintName,
    string? Namespace,
    ArticleSchema? Schema,
    EquatableArray<SchemaDiagnostic> Diagnostics)
{
    /// <summary>The fully qualified name of the article type, or <see langword="null"/> when nothing is generated.</summary>
    public string? FullTypeName => Schema is null ? null : (Namespace is null ? string.Empty : Namespace + ".") + Schema.TypeName;

    /// <summary>For a schema with errors, the stand-in for its article type, when it names one.</summary>
    public GeneratedShell? Shell { get; init; }
}

/// <summary>The stand-in emitted for the article type of a schema with errors.</summary>
/// <param name="FullTypeName">The fully qualified type name.</param>
/// <param name="Source">The source of the stand-in.</param>
internal sealed record GeneratedShell(string FullTypeName, string Source);

/// <summary>A schema's parse plan, and what its generated code is called; no positions, so a comment added to the schema leaves it equal.</summary>
/// <param name="Path">The schema file path.</param>
/// <param name="HintName">The name of the generated file.</param>
/// <param name="FileName">The schema's file name, cited by the generated code.</param>
/// <param name="Namespace">The namespace of the generated types, or <see langword="null"/> for the global namespace.</param>
/// <param name="FullTypeName">The fully qualified article type, when there is a plan.</param>
/// <param name="Plan">The plan, or <see langword="null"/> when the schema has errors or could not be planned.</param>
/// <param name="Error">Why planning failed, when it did.</param>
internal sealed record PlannedSchema(
    string Path,
    string HintName,
    string FileName,
    string? Namespace,
    string? FullTypeName,
    ParsePlan? Plan,
    string? Error)
{
    /// <summary>For a schema with errors, the stand-in for its article type, when it names one.</summary>
    public GeneratedShell? Shell { get; init; }
}

/// <summary>A schema after emission: the source, or why there is none.</summary>
/// <param name="Path">The schema file path.</param>
/// <param name="HintName">The name of the generated file.</param>
/// <param name="FullTypeName">The fully qualified article type, when code was generated.</param>
/// <param name="Source">The generated source, or <see langword="null"/>.</param>
/// <param name="Error">Why planning or emission failed, when it did.</param>
internal sealed record EmittedSchema(string Path, string HintName, string? FullTypeName, string? Source, string? Error)
{
    /// <summary>Whether <see cref="Source"/> is the stand-in of a schema with errors rather than generated code.</summary>
    public bool IsStandIn { get; init; }

    /// <summary>Whether the generated code would have been too long (CD1120), so <see cref="Source"/> is a stand-in.</summary>
    public bool IsTooLarge { get; init; }

    /// <summary>Whether the generated code calls Copydesk.Markup.</summary>
    public bool NeedsMarkup { get; init; }
}

/// <summary>
/// The small facts the checks across schemas need from one schema: the file it would add, the type it would
/// generate, and the failure to report if it generates nothing.
/// </summary>
/// <param name="Path">The schema file path.</param>
/// <param name="HintName">The name of the generated file.</param>
/// <param name="FullTypeName">The fully qualified article type, when the schema generates code.</param>
/// <param name="Error">Why planning or emission failed, when it did.</param>
/// <param name="IsStandIn">Whether the source is the stand-in of a schema with errors, which gives way to any schema generating that type.</param>
/// <param name="IsTooLarge">Whether the schema's generated code would have been too long (CD1120).</param>
internal sealed record OutputClaim(string Path, string HintName, string? FullTypeName, string? Error, bool IsStandIn, bool IsTooLarge = false);

/// <summary>What the checks across schemas decided about one schema.</summary>
/// <param name="Path">The schema file path.</param>
/// <param name="DuplicateType">The type the schema generates that an earlier schema generates too, or <see langword="null"/>.</param>
/// <param name="FirstPath">The earlier schema, when <see cref="DuplicateType"/> is set.</param>
/// <param name="HintNameTaken">Whether an earlier schema's generated file has the same name.</param>
/// <param name="Error">Why planning or emission failed, when it did.</param>
/// <param name="StandInGivesWay">Whether the schema's stand-in is not added because a schema generates that type, or an earlier stand-in stands for it.</param>
/// <param name="IsTooLarge">Whether the schema's generated code would have been too long (CD1120).</param>
internal sealed record ClaimVerdict(string Path, string? DuplicateType, string? FirstPath, bool HintNameTaken, string? Error, bool StandInGivesWay = false, bool IsTooLarge = false)
{
    /// <summary>Whether the schema's source is added.</summary>
    public bool AddsSource => DuplicateType is null && !HintNameTaken && Error is null && !StandInGivesWay;
}

/// <summary>The verdicts of every schema that has something to report or may not add its source.</summary>
/// <param name="Verdicts">The verdicts, in file order.</param>
/// <param name="Error">Why the checks across schemas failed, when they did.</param>
internal sealed record ClaimVerdicts(EquatableArray<ClaimVerdict> Verdicts, string? Error)
{
    /// <summary>The verdict about <paramref name="path"/>, or <see langword="null"/> when there is nothing to say.</summary>
    public ClaimVerdict? For(string path)
    {
        foreach (ClaimVerdict verdict in Verdicts)
        {
            if (verdict.Path == path)
            {
                return verdict;
            }
        }

        return null;
    }
}

/// <summary>The source one schema adds, if any.</summary>
/// <param name="Path">The schema file path.</param>
/// <param name="HintName">The unique generated file name, or <see langword="null"/> when nothing is added.</param>
/// <param name="Source">The source to add, or <see langword="null"/>.</param>
/// <param name="Error">Why deciding whether to add the source failed, when it did.</param>
internal sealed record SchemaOutput(string Path, string? HintName, string? Source, string? Error = null)
{
    /// <summary>Whether the generated code calls Copydesk.Markup, so it is added only to a project that references it.</summary>
    public bool NeedsMarkup { get; init; }
}

/// <summary>Everything to report at one schema file.</summary>
/// <param name="Path">The schema file path.</param>
/// <param name="Diagnostics">The diagnostics, CD1015 and CD1099 included.</param>
internal sealed record SchemaReport(string Path, EquatableArray<SchemaDiagnostic> Diagnostics);
