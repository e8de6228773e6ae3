namespace Copydesk.Schema.Reading;

/// <summary>The keys of the schema language, grouped by the mapping they may appear in.</summary>
internal static class SchemaKeys
{
    public const string Copydesk = "copydesk";
    public const string Type = "type";
    public const string Namespace = "namespace";
    public const string Description = "description";
    public const string Input = "input";
    public const string Lines = "lines";
    public const string Parts = "parts";
    public const string Layout = "layout";
    public const string FrontMatter = "frontMatter";
    public const string JsonLd = "jsonLd";
    public const string From = "from";
    public const string Visibility = "visibility";
    public const string Rules = "rules";

    public const string EndsWith = "endsWith";
    public const string StartsWith = "startsWith";
    public const string MinWords = "minWords";
    public const string MaxWords = "maxWords";
    public const string MinLength = "minLength";
    public const string MaxLength = "maxLength";
    public const string Pattern = "pattern";
    public const string Not = "not";
    public const string All = "all";
    public const string Any = "any";
    public const string Block = "block";
    public const string Level = "level";
    public const string Indent = "indent";

    public const string Line = "line";
    public const string Part = "part";
    public const string Marker = "marker";
    public const string OneOf = "oneOf";
    public const string Optional = "optional";
    public const string Repeat = "repeat";
    public const string After = "after";
    public const string Value = "value";
    public const string Capture = "capture";
    public const string CaseSensitive = "caseSensitive";
    public const string Reserved = "reserved";
    public const string Check = "check";

    public const string NotEmpty = "notEmpty";
    public const string Speaker = "speaker";
    public const string Count = "count";
    public const string AttributedWithin = "attributedWithin";
    public const string Severity = "severity";
    public const string Message = "message";

    /// <summary>The <c>input</c> models, written alone (<c>input: paragraphs</c>) or as the <c>kind</c> of an input mapping.</summary>
    public const string LinesInput = "lines";
    public const string ParagraphsInput = "paragraphs";
    public const string MarkdownInput = "markdown";

    /// <summary>The keys of an <c>input</c> mapping.</summary>
    public const string InputKind = "kind";
    public const string IndentStartsParagraph = "indentStartsParagraph";

    /// <summary>The only <c>capture</c> mode of a marker, and the key of a line capture that names the field after the match.</summary>
    public const string CaptureRest = "rest";

    /// <summary>The key of a capture's <c>rest</c> mapping that names the field after the match.</summary>
    public const string CaptureRestName = "name";

    /// <summary>The key of a line capture that maps the pattern's named groups to value parsers.</summary>
    public const string CaptureFields = "fields";

    /// <summary>The <c>reserved</c> scope of a marker that is kept from every line class (the default).</summary>
    public const string ReservedEverywhere = "everywhere";

    /// <summary>The <c>reserved</c> scope of a marker kept only from the line reads it could interrupt.</summary>
    public const string ReservedWhereRead = "where-read";

    /// <summary>The only <c>speaker</c> check.</summary>
    public const string SpeakerRequired = "required";

    public static readonly string[] TopLevel = [Copydesk, Type, Namespace, Description, Input, Visibility, FrontMatter, Lines, Parts, Layout, Rules, JsonLd];

    /// <summary>The keys of a rule of <c>rules:</c>: its subject, then its relation, then how it reports.</summary>
    public static readonly string[] Rule = [RuleKeys.Field, Count, RuleKeys.EqualsKey, RuleKeys.Before, RuleKeys.NotBefore, RuleKeys.After, RuleKeys.NotAfter, RuleKeys.RequiredWith, RuleKeys.ForbiddenWith, Severity, Message];

    /// <summary>The accessibilities of generated types.</summary>
    public static readonly string[] Visibilities = ["public", "internal"];

    public static readonly string[] Predicates = [EndsWith, StartsWith, MinWords, MaxWords, MinLength, MaxLength, Pattern, Not, All, Any, Block, Level, Indent];

    public static readonly string[] LineClass = [Description, EndsWith, StartsWith, MinWords, MaxWords, MinLength, MaxLength, Pattern, Not, All, Any, Block, Level, Indent];

    /// <summary>The unit kinds <c>block:</c> names: the runtime's <c>UnitKind</c> names with a lower-case first letter, <c>line</c> and <c>paragraph</c> first.</summary>
    public static readonly string[] BlockKinds = ["line", "paragraph", "heading", "listItem", "quote", "code", "thematicBreak", "html", "table", "image"];

    public static readonly string[] SlotKinds = [Line, Part, Marker, OneOf];

    public static readonly string[] Slot = [Line, Part, Marker, OneOf, Optional, Repeat, After, Value, Capture, CaseSensitive, Reserved, Check, Description];

    public static readonly string[] Case = [Line, Part, Value, Capture, Count];

    /// <summary>The keys of a line capture: <c>capture: { pattern, fields, rest }</c>.</summary>
    public static readonly string[] CaptureOptions = [Pattern, CaptureFields, CaptureRest];

    /// <summary>The keys of a capture's <c>rest</c> written as a mapping: <c>rest: { name: text, value: quotes }</c>.</summary>
    public static readonly string[] CaptureRestOptions = [CaptureRestName, Value];

    /// <summary>The value parsers of a capture's rest: the text after the match as text, or as a paragraph with its quotations.</summary>
    public static readonly string[] CaptureRestParsers = ["text", "quotes"];

    public static readonly string[] Checks = [MaxLength, MinLength, MaxWords, MinWords, Pattern, NotEmpty, OneOf, Speaker, AttributedWithin, Count, Severity, Message];

    public static readonly string[] ValueParsers = ["text", "quoted", "attribution", "quotes", .. ValueSpecKeys.TypedParsers];

    public static readonly string[] CaptureModes = [CaptureRest];

    public static readonly string[] Inputs = [LinesInput, ParagraphsInput, MarkdownInput];

    public static readonly string[] InputOptions = [InputKind, IndentStartsParagraph];

    public static readonly string[] MarkerScopes = [ReservedEverywhere, ReservedWhereRead];

    public static readonly string[] SpeakerRules = [SpeakerRequired];

    public static readonly string[] Severities = ["error", "warning", "info"];

    /// <summary>Line classes every schema has; they cannot be redeclared.</summary>
    public static readonly string[] BuiltInLineClasses = Model.BuiltInLineClasses.Names;
}
