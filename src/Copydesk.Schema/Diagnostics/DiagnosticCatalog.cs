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
    private const string Content = "Copydesk.Content";

    /// <summary>CD1001: the file is not well-formed YAML.</summary>
    public static readonly SchemaDiagnosticDescriptor YamlSyntaxError = new(
        "CD1001", "Schema is not valid YAML", "The schema is not valid YAML: {0}", Syntax, SchemaSeverity.Error);

    /// <summary>CD1002: a mapping has a key the language does not know.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownKey = new(
        "CD1002", "Unknown key", "Unknown key '{0}' in {1}.{2}", Syntax, SchemaSeverity.Error);

    /// <summary>CD1003: a required key is missing.</summary>
    public static readonly SchemaDiagnosticDescriptor MissingKey = new(
        "CD1003", "Missing required key", "{0} needs the key {1}", Syntax, SchemaSeverity.Error);

    /// <summary>
    /// CD1004: a value is of the wrong kind: a mapping where a string is expected, a word where a number is,
    /// and so on. The second argument names the kind expected, the third what was found.
    /// </summary>
    public static readonly SchemaDiagnosticDescriptor InvalidValue = new(
        "CD1004", "Value of the wrong kind", "'{0}' must be {1} (found {2})", Syntax, SchemaSeverity.Error);

    /// <summary>CD1005: a name cannot become a C# identifier.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidIdentifier = new(
        "CD1005", "Invalid C# identifier", "'{0}' cannot be used as {1}: {2}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1006: a name is declared twice.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateName = new(
        "CD1006", "Duplicate name", "'{0}' is declared more than once in {1}; rename or remove this one", Semantics, SchemaSeverity.Error);

    /// <summary>CD1007: a line class reference names no line class.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownLineClass = new(
        "CD1007", "Unknown line class", "Unknown line class '{0}'.{1}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1008: a part reference names no part.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownPart = new(
        "CD1008", "Unknown part", "Unknown part or line class '{0}'.{1}", Semantics, SchemaSeverity.Error);

    /// <summary>
    /// CD1009: a word from a fixed set (value parser, capture mode, input, severity, speaker rule) is not one of
    /// them; the last argument lists the valid words, closest first.
    /// </summary>
    public static readonly SchemaDiagnosticDescriptor UnknownReference = new(
        "CD1009", "Unknown word of a fixed set", "Unknown {0} '{1}': {2}", Semantics, SchemaSeverity.Error);

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
        "CD1014", "Unsupported schema version", "The copydesk version must be the plain number 1, the only version this generator reads (found {0}); write 'copydesk: 1'", Syntax, SchemaSeverity.Error);

    /// <summary>CD1015: two schemas emit the same type.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateType = new(
        "CD1015", "Two schemas emit the same type", "Type '{0}' is also generated from '{1}'", Generation, SchemaSeverity.Error);

    /// <summary>CD1016: a name collides with a generated member.</summary>
    public static readonly SchemaDiagnosticDescriptor ReservedName = new(
        "CD1016", "Name collides with generated code", "'{0}' collides with {1}; rename it", Semantics, SchemaSeverity.Error);

    /// <summary>CD1017: a regular expression may backtrack catastrophically.</summary>
    public static readonly SchemaDiagnosticDescriptor SlowPattern = new(
        "CD1017", "Pattern may be slow", "The pattern '{0}' may backtrack catastrophically: {1}", Semantics, SchemaSeverity.Warning);

    /// <summary>CD1018: a line class refers to itself, directly or through other classes.</summary>
    public static readonly SchemaDiagnosticDescriptor RecursiveLineClass = new(
        "CD1018", "Recursive line class", "Line class '{0}' refers to itself: {1}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1019: the file is larger or nested deeper than a schema may be.</summary>
    public static readonly SchemaDiagnosticDescriptor LimitExceeded = new(
        "CD1019", "Schema exceeds a limit", "The schema exceeds a limit: {0}", Syntax, SchemaSeverity.Error);

    /// <summary>CD1020: a line is indented with a tab.</summary>
    public static readonly SchemaDiagnosticDescriptor TabIndentation = new(
        "CD1020", "Tab used for indentation", "Line {0} is indented with a tab; YAML indents with spaces only: replace the tab with spaces", Syntax, SchemaSeverity.Error);

    /// <summary>CD1021: an unquoted value starts with '#', so YAML reads it as a comment and the key has no value.</summary>
    public static readonly SchemaDiagnosticDescriptor ValueReadAsComment = new(
        "CD1021", "Value read as a comment", "'{0}' has no value: '#' after a space starts a YAML comment, so '{1}' is not read; quote it: {0}: '{1}'", Syntax, SchemaSeverity.Error);

    /// <summary>CD1022: a double-quoted string holds a backslash that is not a YAML escape (a regular expression, usually).</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownEscape = new(
        "CD1022", "Unknown escape in a double-quoted string", "'\\{0}' is not an escape of a double-quoted YAML string; write the value in single quotes, which keep backslashes as written: {1}", Syntax, SchemaSeverity.Error);

    /// <summary>CD1023: the file holds a second YAML document.</summary>
    public static readonly SchemaDiagnosticDescriptor MultipleDocuments = new(
        "CD1023", "More than one YAML document", "A schema file holds one YAML document; remove this '{0}' and what follows it, or move that document to its own *.schema.yaml file", Syntax, SchemaSeverity.Error);

    /// <summary>CD1024: a YAML alias (<c>*name</c>) is used.</summary>
    public static readonly SchemaDiagnosticDescriptor AliasNotSupported = new(
        "CD1024", "YAML alias", "YAML aliases are not supported: write the value of '*{0}' out in full here", Syntax, SchemaSeverity.Error);

    /// <summary>CD1025: the file is empty, or its top level is not a mapping.</summary>
    public static readonly SchemaDiagnosticDescriptor SchemaNotMapping = new(
        "CD1025", "Schema is not a mapping", "A schema is a mapping with at least the keys 'copydesk', 'type' and 'layout' (found {0})", Syntax, SchemaSeverity.Error);

    /// <summary>CD1026: a key is not a plain name.</summary>
    public static readonly SchemaDiagnosticDescriptor KeyNotName = new(
        "CD1026", "Key is not a name", "A key must be a plain name such as 'headline' (found {0})", Syntax, SchemaSeverity.Error);

    /// <summary>CD1027: <c>lines</c> or <c>parts</c> is not a mapping of names.</summary>
    public static readonly SchemaDiagnosticDescriptor SectionNotMapping = new(
        "CD1027", "Section is not a mapping of names", "'{0}' must be a mapping from {1} to their definitions, each name indented under '{0}:' (found {2})", Syntax, SchemaSeverity.Error);

    /// <summary>CD1028: the layout, a part, a <c>oneOf</c>, <c>all</c> or <c>any</c> is not a non-empty sequence.</summary>
    public static readonly SchemaDiagnosticDescriptor NotASequence = new(
        "CD1028", "Sequence expected", "'{0}' must be a non-empty sequence of {1}, one '- ' item per line (found {2})", Syntax, SchemaSeverity.Error);

    /// <summary>CD1029: an item of a slot or case list is not one <c>name: definition</c> pair.</summary>
    public static readonly SchemaDiagnosticDescriptor NotOneEntry = new(
        "CD1029", "List item is not one name", "Each item of '{0}' is one 'name: definition' pair such as '{1}' (found {2})", Syntax, SchemaSeverity.Error);

    /// <summary>CD1030: options of a slot are written beside its name instead of inside its definition.</summary>
    public static readonly SchemaDiagnosticDescriptor OptionsBesideSlot = new(
        "CD1030", "Slot options written beside the slot", "'{0}' is written beside the slot '{1}' instead of inside it; nest the options: '- {1}: {2}'", Syntax, SchemaSeverity.Error);

    /// <summary>CD1031: a slot or case definition is neither a name nor a mapping.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidSlotDefinition = new(
        "CD1031", "Invalid slot definition", "{0} must name a line class or a part, or be a mapping with {1} (found {2})", Syntax, SchemaSeverity.Error);

    /// <summary>CD1032: a line class, or an operand of <c>not</c>, <c>all</c> or <c>any</c>, is neither a class name nor a mapping of predicates.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidLineClassDefinition = new(
        "CD1032", "Invalid line class definition", "{0} must be the name of a line class or a mapping of predicates such as '{{ maxWords: 6 }}' (found {1})", Syntax, SchemaSeverity.Error);

    /// <summary>CD1033: a line class or operand has no predicate.</summary>
    public static readonly SchemaDiagnosticDescriptor NoPredicate = new(
        "CD1033", "Line class without a predicate", "{0} has no predicate; give it at least one of {1}", Syntax, SchemaSeverity.Error);

    /// <summary>CD1034: a slot or case has two kinds (say <c>line</c> and <c>part</c>).</summary>
    public static readonly SchemaDiagnosticDescriptor ConflictingKinds = new(
        "CD1034", "Two kinds for one slot", "{0} has both '{1}' and '{2}'; keep only one of them", Syntax, SchemaSeverity.Error);

    /// <summary>CD1035: a slot has both <c>optional</c> and <c>repeat</c>.</summary>
    public static readonly SchemaDiagnosticDescriptor OptionalAndRepeat = new(
        "CD1035", "Both optional and repeat", "A slot is either 'optional' or 'repeat', not both: remove '{0}' (for an optional repetition, write 'repeat: 0+' or 'repeat: 0..N')", Syntax, SchemaSeverity.Error);

    /// <summary>CD1036: a count (<c>repeat</c>, <c>count</c>) is not written N, N+ or N..M.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidCount = new(
        "CD1036", "Invalid count", "'{0}' must be a count written N, N+ or N..M, such as 3, 1+ or 2..5 (found {1}){2}", Syntax, SchemaSeverity.Error);

    /// <summary>CD1037: a minimum is greater than its maximum.</summary>
    public static readonly SchemaDiagnosticDescriptor BoundsOutOfOrder = new(
        "CD1037", "Minimum above maximum", "'{0}' is greater than '{1}'; make the minimum at most the maximum", Syntax, SchemaSeverity.Error);

    /// <summary>CD1038: an option or rule is written on a slot it does not apply to.</summary>
    public static readonly SchemaDiagnosticDescriptor OptionNotApplicable = new(
        "CD1038", "Option does not apply here", "'{0}' applies only to {1}; {2}", Syntax, SchemaSeverity.Error);

    /// <summary>CD1039: <c>line:</c> names a part, or <c>part:</c> names a line class.</summary>
    public static readonly SchemaDiagnosticDescriptor WrongReferenceKind = new(
        "CD1039", "Part and line class confused", "'{0}' is a {1}; write '{2}' instead", Semantics, SchemaSeverity.Error);
    /// <summary>CD1040: a regular expression needs the backtracking engine, so it runs under a time budget.</summary>
    public static readonly SchemaDiagnosticDescriptor BacktrackingPattern = new(
        "CD1040", "Pattern needs the backtracking engine", "The pattern '{0}' needs the backtracking engine because {1}; it runs under a time budget, and a line it cannot decide in time is an issue (CD2002), not a silent mismatch", Semantics, SchemaSeverity.Warning);

    /// <summary>CD1041: the schema file is not UTF-8 text.</summary>
    public static readonly SchemaDiagnosticDescriptor NotUtf8 = new(
        "CD1041", "Schema is not UTF-8 text", "The schema file is not UTF-8 text: {0}; save it as UTF-8", Syntax, SchemaSeverity.Error);

    /// <summary>CD1042: a marker lists the same alternative twice.</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateMarkerText = new(
        "CD1042", "Marker alternative listed twice", "The marker text '{0}' is already listed for this marker{1}; remove one of them", Syntax, SchemaSeverity.Error);

    /// <summary>CD1070: a front-matter field's type is not one of the front-matter types.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownFrontMatterType = new(
        "CD1070", "Unknown front-matter type", "Unknown front-matter type '{0}' for field '{1}': {2}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1071: a front-matter field's default (or minimum, maximum) is not a value of its type in canonical form.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidFrontMatterValue = new(
        "CD1071", "Front-matter setting does not fit the field's type", "The {0} of front-matter field '{1}' must be {2}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1072: a check or option does not apply to a front-matter field of this type.</summary>
    public static readonly SchemaDiagnosticDescriptor FrontMatterOptionNotApplicable = new(
        "CD1072", "Option does not apply to the front-matter field's type", "'{0}' does not apply to front-matter field '{1}': {2}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1073: two front-matter fields of one mapping become the same C# property, or one takes a name the record already has.</summary>
    public static readonly SchemaDiagnosticDescriptor FrontMatterNameCollision = new(
        "CD1073", "Front-matter field names collide in C#", "Front-matter field '{0}' becomes the C# property '{1}', which {2}; rename the key", Semantics, SchemaSeverity.Error);

    /// <summary>CD1074: a front-matter key cannot become a C# property.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidFrontMatterKey = new(
        "CD1074", "Front-matter key cannot become a property", "Front-matter key '{0}' cannot become a C# property: {1}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1075: a front-matter field is both required and defaulted.</summary>
    public static readonly SchemaDiagnosticDescriptor RequiredWithDefault = new(
        "CD1075", "Required front-matter field with a default", "Front-matter field '{0}' is required and has a default, which it would never use; remove one", Semantics, SchemaSeverity.Error);

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

    /// <summary>
    /// CD1052: a schema's generated code calls Copydesk.Markup (it reads Markdown), and the project does not reference
    /// it; reported once per schema, which then gets no generated code.
    /// </summary>
    public static readonly SchemaDiagnosticDescriptor MarkupNotReferenced = new(
        "CD1052", "Copydesk.Markup not referenced", "This schema {0}, which needs the Copydesk.Markup package, and this project does not reference it: add <PackageReference Include=\"Copydesk.Markup\" /> to the project", Generation, SchemaSeverity.Error);

    /// <summary>CD1060: a <c>block:</c> predicate names a kind of unit the schema's input model never makes.</summary>
    public static readonly SchemaDiagnosticDescriptor BlockKindNeverRead = new(
        "CD1060", "Block kind the input never makes", "'block: {0}' can never match: {1} units; {2}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1061: a <c>level:</c> predicate in a schema whose input has no headings.</summary>
    public static readonly SchemaDiagnosticDescriptor LevelWithoutHeadings = new(
        "CD1061", "Heading level without Markdown", "'level' tests the level of a Markdown heading, and {0} makes no headings: read the text with 'input: markdown' or remove 'level'", Semantics, SchemaSeverity.Error);

    /// <summary>CD1080: an option of <c>value:</c> is written for a value parser it does not apply to.</summary>
    public static readonly SchemaDiagnosticDescriptor ValueOptionNotApplicable = new(
        "CD1080", "Value option does not apply to the parser", "'{0}' does not apply to 'value: {1}'; it applies to {2}", Syntax, SchemaSeverity.Error);

    /// <summary>CD1081: a value parser needs an option that is not written.</summary>
    public static readonly SchemaDiagnosticDescriptor ValueOptionMissing = new(
        "CD1081", "Value parser needs an option", "'value: {0}' needs '{1}': {2}", Syntax, SchemaSeverity.Error);

    /// <summary>CD1082: an option of <c>value:</c> has a value the parser cannot use.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidValueOption = new(
        "CD1082", "Invalid value option", "{0} cannot be '{1}': {2}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1083: a group of a capture pattern, or the rest field, cannot be a property of the captured record.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidCaptureName = new(
        "CD1083", "Invalid captured field name", "'{0}' cannot be a field of the captured record: {1}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1084: two fields of a capture become the same C# property.</summary>
    public static readonly SchemaDiagnosticDescriptor CaptureNameCollision = new(
        "CD1084", "Captured fields collide", "'{0}' becomes the property '{1}', as the field '{2}' of the captured record already does; rename one of them", Semantics, SchemaSeverity.Error);

    /// <summary>CD1085: <c>fields</c> declares a field for a group the capture pattern does not name.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownCaptureGroup = new(
        "CD1085", "Field for no group of the pattern", "The capture pattern has no group '{0}' for this field to read.{1}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1086: a named group of the capture pattern is read by no field.</summary>
    public static readonly SchemaDiagnosticDescriptor UndeclaredCaptureGroup = new(
        "CD1086", "Group of the pattern read by no field", "The capture pattern's group '{0}' is read by no field: declare it in 'fields' ({0}: text), or make it a group that captures nothing, '(?:…)'", Semantics, SchemaSeverity.Error);

    /// <summary>CD1087: a line is read both with <c>capture</c> and with a value parser.</summary>
    public static readonly SchemaDiagnosticDescriptor CaptureWithValue = new(
        "CD1087", "Capture and value parser on one line", "'capture' reads the line into fields, so it cannot also be read with 'value: {0}'; give the parser to a field in 'fields', or remove one of them", Syntax, SchemaSeverity.Error);

    /// <summary>CD1088: a captured field names a value parser a field cannot have.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidCaptureFieldParser = new(
        "CD1088", "Value parser a captured field cannot have", "The captured field '{0}' cannot be read with '{1}': a field is 'text' or one of the typed parsers but 'list'", Semantics, SchemaSeverity.Error);

    /// <summary>CD1089: a capture declares neither <c>fields</c> nor <c>rest</c>, so it reads nothing.</summary>
    public static readonly SchemaDiagnosticDescriptor CaptureReadsNothing = new(
        "CD1089", "Capture that reads nothing", "The capture of '{0}' has no 'fields' and no 'rest', so it reads nothing: declare the pattern's named groups in 'fields' (place: text), or name the field after the match with 'rest'", Semantics, SchemaSeverity.Error);

    /// <summary>CD1090: a rule of <c>rules:</c> names a field the article does not have.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownRuleField = new(
        "CD1090", "Rule names an unknown field", "The rule names '{0}', which is no field of the article: {1}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1091: a rule names a field inside a part, a <c>oneOf</c> case or a front-matter mapping: rules relate article-level fields only.</summary>
    public static readonly SchemaDiagnosticDescriptor RuleFieldNotAtArticleLevel = new(
        "CD1091", "Rule field not at article level", "'{0}' is {1}; rules relate fields of the article itself: name {2}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1092: a rule compares fields whose values cannot be compared that way (a date with a text, a count with a date).</summary>
    public static readonly SchemaDiagnosticDescriptor RuleTypeMismatch = new(
        "CD1092", "Rule compares values of the wrong types", "'{0}' cannot be compared with '{1}': {2}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1093: <c>count</c> of a rule names something that is not a list.</summary>
    public static readonly SchemaDiagnosticDescriptor RuleCountNotList = new(
        "CD1093", "Rule counts something that is not a list", "'count: {0}' needs a list, but '{0}' is {1}: count a slot with 'repeat' or a front-matter list", Semantics, SchemaSeverity.Error);

    /// <summary>CD1094: a rule lacks its subject or states no relation, or more than one, or one that does not fit its subject.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidRule = new(
        "CD1094", "Invalid rule", "Invalid rule: {0}", Syntax, SchemaSeverity.Error);

    /// <summary>CD1095: a rule relates a field to itself.</summary>
    public static readonly SchemaDiagnosticDescriptor RuleRelatesFieldToItself = new(
        "CD1095", "Rule relates a field to itself", "The rule relates '{0}' to itself: name another field after '{1}'", Semantics, SchemaSeverity.Error);

    /// <summary>CD1096: a rule can never report anything, because the field it requires is always present.</summary>
    public static readonly SchemaDiagnosticDescriptor RuleNeverReports = new(
        "CD1096", "Rule can never report", "The rule can never report: '{0}' is {1}, so it is always present; remove the rule, or make '{0}' optional", Semantics, SchemaSeverity.Warning);

    /// <summary>CD1097: the rest of a capture names a value parser other than <c>text</c> and <c>quotes</c>.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidCaptureRestParser = new(
        "CD1097", "Value parser the rest of a capture cannot have", "The rest of a capture cannot be read with '{0}': it is 'text', or 'quotes' for a paragraph with its quotations; read a value out of the line with a group in 'fields' instead", Semantics, SchemaSeverity.Error);

    /// <summary>CD1110: the <c>type</c> of a <c>jsonLd:</c> mapping, or of an object in it, is not a schema.org type it may be.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownJsonLdType = new(
        "CD1110", "Unknown schema.org type", "'{0}' is not a schema.org type {1}: {2}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1111: a <c>jsonLd:</c> mapping names a property schema.org does not give the object's type.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownJsonLdProperty = new(
        "CD1111", "Unknown schema.org property", "'{0}' is not a schema.org property of {1} that an article's values can fill{2}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1112: the path of a <c>jsonLd:</c> property does not lead to a value of the article.</summary>
    public static readonly SchemaDiagnosticDescriptor UnknownJsonLdPath = new(
        "CD1112", "JSON-LD path names no value", "The path '{0}' does not lead to a value: {1}", Semantics, SchemaSeverity.Error);

    /// <summary>CD1113: the value a <c>jsonLd:</c> path reads cannot be what the schema.org property expects.</summary>
    public static readonly SchemaDiagnosticDescriptor JsonLdTypeMismatch = new(
        "CD1113", "Value cannot fill the schema.org property", "'{0}' cannot fill '{1}': {2}", Semantics, SchemaSeverity.Error);

    /// <summary>
    /// CD1120: the code generated from the schema would be longer than <see cref="MaxGeneratedCharacters"/>; the schema
    /// gets a stand-in for its type instead, so the build stays fast and the error points at the schema.
    /// </summary>
    public static readonly SchemaDiagnosticDescriptor GeneratedCodeTooLarge = new(
        "CD1120", "Generated code too large", "The code generated from this schema would be longer than {0} characters, the limit for one schema: split the schema, or read fewer parts and slots", Generation, SchemaSeverity.Error);

    /// <summary>The most characters of C# one schema may generate (<see cref="GeneratedCodeTooLarge"/>): 4 Mi, as many as a schema file may hold.</summary>
    public const int MaxGeneratedCharacters = 4 * 1024 * 1024;

    /// <summary>CD1140: a content collection names a schema file that is not one of the project's schemas.</summary>
    public static readonly SchemaDiagnosticDescriptor ContentSchemaNotFound = new(
        "CD1140", "Content schema not found", "Content collection '{0}' names the schema '{1}', which is not a schema of this project ({2}): fix the Schema path or add the schema to the project", Content, SchemaSeverity.Error);

    /// <summary>CD1141: a content collection's schema has errors, so none of its articles can be checked.</summary>
    public static readonly SchemaDiagnosticDescriptor ContentSchemaHasErrors = new(
        "CD1141", "Content schema has errors", "Content collection '{0}' is not checked because its schema '{1}' has errors, reported at the schema: fix them and its articles are checked", Content, SchemaSeverity.Error);

    /// <summary>CD1142: an embedded content collection's name cannot become the name of its generated class.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidCollectionName = new(
        "CD1142", "Invalid content collection name", "'{0}' cannot name the class of an embedded content collection: {1}", Content, SchemaSeverity.Error);

    /// <summary>CD1143: two articles of an embedded content collection have the same slug (file name without extension).</summary>
    public static readonly SchemaDiagnosticDescriptor DuplicateSlug = new(
        "CD1143", "Two articles with one slug", "This article has the slug '{0}', like '{1}' of the same collection, and an embedded collection finds each article by its slug: rename one of them ({2})", Content, SchemaSeverity.Error);

    /// <summary>CD1144: the <c>Severity</c> of a content collection is not a severity.</summary>
    public static readonly SchemaDiagnosticDescriptor InvalidContentSeverity = new(
        "CD1144", "Invalid content severity", "Content collection '{0}' has Severity=\"{1}\", which is not a severity: write error, warning or info, or leave it out to keep each issue's own severity", Content, SchemaSeverity.Error);

    /// <summary>CD1145: one content collection is declared by items that disagree on its schema or on embedding.</summary>
    public static readonly SchemaDiagnosticDescriptor ConflictingCollection = new(
        "CD1145", "Content collection declared twice", "Content collection '{0}' is declared with {1} and with {2}: give each CopydeskContent item of one collection the same Schema, Embed and Severity, or give the items different Collection names", Content, SchemaSeverity.Error);

    /// <summary>CD1146: a content item names no schema.</summary>
    public static readonly SchemaDiagnosticDescriptor ContentWithoutSchema = new(
        "CD1146", "Content without a schema", "Content collection '{0}' has no Schema, so its articles cannot be checked: write Schema=\"schemas/name.schema.yaml\" on its CopydeskContent item", Content, SchemaSeverity.Error);

    /// <summary>CD1149: checking an article failed; a bug.</summary>
    public static readonly SchemaDiagnosticDescriptor ContentInternalError = new(
        "CD1149", "Internal content checking error", "Copydesk could not check this article because of an internal error: {0}", Content, SchemaSeverity.Error);

    /// <summary>CD1130: the record a capture becomes has a name the article type already uses for a member or a nested type.</summary>
    public static readonly SchemaDiagnosticDescriptor CaptureRecordNameTaken = new(
        "CD1130", "Captured record named like another type", "The capture of {0} becomes the record '{1}', nested in the article type, but that name is already taken by {2}; rename the slot or the other name", Semantics, SchemaSeverity.Error);

    /// <summary>CD1131: a field of a capture becomes a property with the name of its own record, which a C# member cannot have.</summary>
    public static readonly SchemaDiagnosticDescriptor CapturedFieldNamedLikeItsRecord = new(
        "CD1131", "Captured field named like its record", "'{0}' becomes the property '{1}', the name of the record it belongs to, and a C# member cannot have the name of its type; rename the field", Semantics, SchemaSeverity.Error);

    /// <summary>CD1099: the generator failed; a bug.</summary>
    public static readonly SchemaDiagnosticDescriptor InternalError = new(
        "CD1099", "Internal generator error", "Copydesk could not process this schema because of an internal error: {0}", Generation, SchemaSeverity.Error);

    /// <summary>Every descriptor, in id order.</summary>
    public static readonly SchemaDiagnosticDescriptor[] All =
    [
        YamlSyntaxError, UnknownKey, MissingKey, InvalidValue, InvalidIdentifier, DuplicateName, UnknownLineClass, UnknownPart,
        UnknownReference, InvalidPattern, RecursivePart, EmptyRepetition, UnreachableSlot, UnsupportedVersion, DuplicateType,
        ReservedName, SlowPattern, RecursiveLineClass, LimitExceeded, TabIndentation, ValueReadAsComment, UnknownEscape,
        MultipleDocuments, AliasNotSupported, SchemaNotMapping, KeyNotName, SectionNotMapping, NotASequence, NotOneEntry,
        OptionsBesideSlot, InvalidSlotDefinition, InvalidLineClassDefinition, NoPredicate, ConflictingKinds, OptionalAndRepeat,
        InvalidCount, BoundsOutOfOrder, OptionNotApplicable, WrongReferenceKind, BacktrackingPattern, NotUtf8,
        DuplicateMarkerText, LanguageVersionTooOld, RuntimeNotReferenced, MarkupNotReferenced, BlockKindNeverRead, LevelWithoutHeadings,
        UnknownFrontMatterType, InvalidFrontMatterValue,
        FrontMatterOptionNotApplicable, FrontMatterNameCollision, InvalidFrontMatterKey, RequiredWithDefault,
        ValueOptionNotApplicable, ValueOptionMissing, InvalidValueOption,
        InvalidCaptureName, CaptureNameCollision, UnknownCaptureGroup, UndeclaredCaptureGroup, CaptureWithValue, InvalidCaptureFieldParser, CaptureReadsNothing,
        UnknownRuleField, RuleFieldNotAtArticleLevel, RuleTypeMismatch, RuleCountNotList, InvalidRule, RuleRelatesFieldToItself, RuleNeverReports, InvalidCaptureRestParser,
        UnknownJsonLdType, UnknownJsonLdProperty, UnknownJsonLdPath, JsonLdTypeMismatch, GeneratedCodeTooLarge,
        CaptureRecordNameTaken, CapturedFieldNamedLikeItsRecord,
        ContentSchemaNotFound, ContentSchemaHasErrors, InvalidCollectionName, DuplicateSlug, InvalidContentSeverity, ConflictingCollection,
        ContentWithoutSchema, ContentInternalError, InternalError,
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
