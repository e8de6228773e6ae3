namespace Copydesk.Generator.Pipeline;

/// <summary>Names of the pipeline steps, so tests can assert which steps ran and which were cached.</summary>
public static class TrackingNames
{
    /// <summary>The text of each schema file.</summary>
    public const string SchemaText = nameof(SchemaText);

    /// <summary>The loaded and checked model of each schema.</summary>
    public const string SchemaModel = nameof(SchemaModel);

    /// <summary>The build options the generator reads (root namespace, project folder).</summary>
    public const string Options = nameof(Options);

    /// <summary>What the project lacks for the generated code to compile (C# version, runtime reference), if anything.</summary>
    public const string ProjectRequirements = nameof(ProjectRequirements);

    /// <summary>Each schema with everything needed to emit it.</summary>
    public const string GenerationUnit = nameof(GenerationUnit);

    /// <summary>The source generated from each schema (or why there is none).</summary>
    public const string GeneratedSource = nameof(GeneratedSource);

    /// <summary>Every schema together: the types they generate checked for collisions, and what each file reports and adds.</summary>
    public const string DuplicateTypes = nameof(DuplicateTypes);
}
