namespace Copydesk.Generator.Pipeline;

/// <summary>Names of the pipeline steps, so tests can assert which steps ran and which were cached.</summary>
public static class TrackingNames
{
    /// <summary>The schema files, each path once.</summary>
    public const string SchemaFiles = nameof(SchemaFiles);

    /// <summary>The text of each schema file.</summary>
    public const string SchemaText = nameof(SchemaText);

    /// <summary>The loaded and checked model of each schema.</summary>
    public const string SchemaModel = nameof(SchemaModel);

    /// <summary>The build options the generator reads (root namespace, project folder).</summary>
    public const string Options = nameof(Options);

    /// <summary>What the project lacks for the generated code to compile (C# version, runtime reference), if anything.</summary>
    public const string ProjectRequirements = nameof(ProjectRequirements);

    /// <summary>Whether the project references Copydesk.Markup, which Markdown schemas need (CD1052).</summary>
    public const string MarkupReference = nameof(MarkupReference);

    /// <summary>Each schema with everything needed to plan it and report its diagnostics.</summary>
    public const string GenerationUnit = nameof(GenerationUnit);

    /// <summary>The parse plan of each schema: no positions, so a comment in the schema leaves it unchanged.</summary>
    public const string ParsePlan = nameof(ParsePlan);

    /// <summary>The source generated from each schema's plan (or why there is none).</summary>
    public const string GeneratedSource = nameof(GeneratedSource);

    /// <summary>What each schema would add: its generated file name and type.</summary>
    public const string OutputClaims = nameof(OutputClaims);

    /// <summary>Every schema's claims together: types generated twice (CD1015) and file names used twice.</summary>
    public const string DuplicateTypes = nameof(DuplicateTypes);

    /// <summary>The source each schema adds, once the checks across schemas allow it.</summary>
    public const string SchemaOutput = nameof(SchemaOutput);

    /// <summary>What each schema file reports.</summary>
    public const string SchemaDiagnostics = nameof(SchemaDiagnostics);
}
