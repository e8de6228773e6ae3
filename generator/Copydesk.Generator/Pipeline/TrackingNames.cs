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

    /// <summary>The additional files that are articles of a content collection, with their collection's settings.</summary>
    public const string ContentFiles = nameof(ContentFiles);

    /// <summary>The text of each article.</summary>
    public const string ContentText = nameof(ContentText);

    /// <summary>Each article's path and collection, without its text: what its collection needs.</summary>
    public const string ContentMembers = nameof(ContentMembers);

    /// <summary>The paths of the schemas content collections name, so only those are loaded for checking.</summary>
    public const string ContentSchemaPaths = nameof(ContentSchemaPaths);

    /// <summary>Each schema a collection names, loaded for checking articles.</summary>
    public const string ContentSchema = nameof(ContentSchema);

    /// <summary>Each article joined with its collection's schema.</summary>
    public const string ContentJoin = nameof(ContentJoin);

    /// <summary>Each article's issues: the one step that parses and validates it.</summary>
    public const string ContentValidation = nameof(ContentValidation);

    /// <summary>What collections need of each schema: its article type.</summary>
    public const string SchemaFacts = nameof(SchemaFacts);

    /// <summary>Each content collection: its diagnostics and its generated class.</summary>
    public const string ContentCollections = nameof(ContentCollections);

    /// <summary>The source of each embedded collection's class.</summary>
    public const string ContentCollectionSource = nameof(ContentCollectionSource);
}
