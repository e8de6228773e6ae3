namespace Copydesk.Schema.Reading;

/// <summary>The keys and words of the <c>frontMatter:</c> section.</summary>
internal static class FrontMatterKeys
{
    public const string Fields = "fields";
    public const string UnknownKeys = "unknownKeys";
    public const string Type = "type";
    public const string List = "list";
    public const string Required = "required";
    public const string Default = "default";
    public const string Min = "min";
    public const string Max = "max";

    /// <summary>The keys of <c>frontMatter:</c> itself.</summary>
    public static readonly string[] Section = [Fields, UnknownKeys];

    /// <summary>The keys of one field.</summary>
    public static readonly string[] Field =
    [
        Type, List, Required, Default, SchemaKeys.Description, SchemaKeys.MinLength, SchemaKeys.MaxLength, SchemaKeys.Pattern,
        SchemaKeys.OneOf, Min, Max, SchemaKeys.Count, SchemaKeys.Severity, Fields, UnknownKeys, ValueSpecKeys.Formats, ValueSpecKeys.Offset,
    ];

    /// <summary>The types, in the order of <see cref="Model.FrontMatterType"/>.</summary>
    public static readonly string[] Types = ["string", "integer", "number", "boolean", "date", "date-time", "url", "email", "mapping"];

    /// <summary>The unknown-key policies, in the order of <see cref="Model.UnknownKeyPolicy"/>.</summary>
    public static readonly string[] Policies = ["allow", "warn", "error"];
}
