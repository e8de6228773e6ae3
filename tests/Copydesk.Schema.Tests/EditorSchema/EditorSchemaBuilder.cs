using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Copydesk.Schema.JsonLd;
using Copydesk.Schema.Reading;

namespace Copydesk.Schema.Tests.EditorSchema;

/// <summary>
/// Builds <c>schemas/copydesk.schema.json</c>, the JSON Schema editors use for completion and checking in
/// <c>*.schema.yaml</c> files, from the loader's own key tables (<see cref="SchemaKeys"/>): every key the loader
/// accepts in a mapping is a property there, every other key is rejected, and the allowed words are the loader's.
/// A key added to a table without a shape here makes the build throw, so the file cannot fall behind the loader.
/// </summary>
/// <remarks>
/// Values are typed as YAML 1.2 (core schema) gives them to an editor: a plain <c>3</c> is a number, <c>true</c> a
/// boolean, <c>~</c> null, <c>1+</c> a string. Where the loader reads any scalar as text (names, descriptions,
/// patterns), numbers and booleans are accepted too.
/// </remarks>
internal static class EditorSchemaBuilder
{
    /// <summary>Where the file is published; editors fetch it from there through the modeline.</summary>
    public const string PublishedUrl = "https://raw.githubusercontent.com/copydesk/copydesk/main/schemas/copydesk.schema.json";

    // The loader reads counts with int.TryParse.
    private const int MaxCount = int.MaxValue;

    // A word: one line, not empty, no white space around it (ValueReader.Word).
    private const string WordPattern = @"^\S(?:[^\r\n]*\S)?$";

    // Counts as ValueReader.Range reads them (after trimming): N, N+ or N..M; a repeat needs a maximum of at least 1.
    private const string CountRangePattern = @"^\s*(?:[0-9]{1,9}|[0-9]{1,9}\+|[0-9]{1,9}\.\.[0-9]{1,9})\s*$";
    private const string RepeatRangePattern = @"^\s*(?:0*[1-9][0-9]{0,8}|[0-9]{1,9}\+|[0-9]{1,9}\.\.0*[1-9][0-9]{0,8})\s*$";

    /// <summary>The keys a schema must have (<c>ArticleReader</c> reports CD1003 without them).</summary>
    private static readonly string[] RequiredTopLevel = [SchemaKeys.Copydesk, SchemaKeys.Type, SchemaKeys.Layout];

    /// <summary>The schema as indented JSON with LF line ends, as checked in.</summary>
    public static string BuildText()
    {
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        return Build().ToJsonString(options) + "\n";
    }

    /// <summary>The schema.</summary>
    public static JsonObject Build() => new()
    {
        ["$schema"] = "http://json-schema.org/draft-07/schema#",
        ["$id"] = PublishedUrl,
        ["title"] = "Copydesk content schema (*.schema.yaml)",
        ["description"] = "A Copydesk schema: how one kind of article is recognised in raw text and what makes it valid. See https://github.com/copydesk/copydesk/blob/main/docs/schema-language.md",
        ["type"] = "object",
        ["required"] = Array(RequiredTopLevel),
        ["properties"] = Properties(SchemaKeys.TopLevel, TopLevelKey),
        ["additionalProperties"] = false,
        ["definitions"] = new JsonObject
        {
            ["scalar"] = Described("Any scalar; the loader reads it as text.", new JsonObject { ["type"] = Array("string", "number", "boolean") }),
            ["optionalScalar"] = Described("Any scalar, or nothing.", new JsonObject { ["type"] = Array("string", "number", "boolean", "null") }),
            ["nonEmptyScalar"] = AnyOf(new JsonObject { ["type"] = "string", ["minLength"] = 1 }, new JsonObject { ["type"] = Array("number", "boolean") }),
            ["word"] = AnyOf(new JsonObject { ["type"] = "string", ["pattern"] = WordPattern }, new JsonObject { ["type"] = Array("number", "boolean") }),
            ["markerTexts"] = Described(
                "One marker text, or a non-empty list of alternatives.",
                AnyOf(Ref("word"), new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Ref("word") })),
            ["strings"] = Described(
                "One non-empty string or a non-empty list of them.",
                AnyOf(Ref("nonEmptyScalar"), new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Ref("nonEmptyScalar") })),
            ["count"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = MaxCount },
            ["boolean"] = new JsonObject { ["type"] = "boolean" },
            ["countRange"] = Described(
                "An exact count N, at least N (N+) or between N and M (N..M).",
                AnyOf(Ref("count"), new JsonObject { ["type"] = "string", ["pattern"] = CountRangePattern })),
            ["repeatRange"] = Described(
                "How often the slot repeats: 0+, 1+, N+, N..M (M at least 1) or an exact count of at least 1.",
                AnyOf(
                    new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = MaxCount },
                    new JsonObject { ["type"] = "string", ["pattern"] = RepeatRangePattern },
                    new JsonObject { ["enum"] = Array("0+", "1+") })),
            ["lineClassName"] = Described(
                "The name of a line class: built in (any, sentence, label) or declared under 'lines'.",
                AnyOf(new JsonObject { ["enum"] = Array(SchemaKeys.BuiltInLineClasses) }, Ref("scalar"))),
            ["lineClass"] = AnyOf(
                Ref("lineClassName"),
                ClosedMapping(
                    SchemaKeys.LineClass,
                    LineClassKey,
                    at => at["anyOf"] = new JsonArray(SchemaKeys.Predicates.Select(key => (JsonNode)new JsonObject { ["required"] = Array(key) }).ToArray()))),
            ["operand"] = AnyOf(
                Ref("lineClassName"),
                ClosedMapping(SchemaKeys.Predicates, PredicateKey, at => at["minProperties"] = 1)),
            ["slots"] = ListOfNamed("slot", "The slots, in order: each item is 'name: line class or part' or 'name: { ... }'."),
            ["slot"] = AnyOf(
                Ref("scalar"),
                ClosedMapping(SchemaKeys.Slot, SlotKey, at =>
                {
                    at["oneOf"] = ExactlyOne(SchemaKeys.SlotKinds);
                    at["not"] = new JsonObject { ["required"] = Array(SchemaKeys.Optional, SchemaKeys.Repeat) };
                    var markerOrAfter = new JsonArray(new JsonObject { ["required"] = Array(SchemaKeys.Marker) }, new JsonObject { ["required"] = Array(SchemaKeys.After) });
                    at["dependencies"] = new JsonObject
                    {
                        // 'capture: rest' on a marker slot, '{ pattern, fields, rest }' on a line slot, as the loader reads them.
                        [SchemaKeys.Capture] = new JsonObject
                        {
                            ["anyOf"] = new JsonArray(
                                CaptureOn(SchemaKeys.Marker, new JsonObject { ["enum"] = Array(SchemaKeys.CaptureModes) }),
                                CaptureOn(SchemaKeys.Line, Ref("lineCapture"))),
                        },
                        [SchemaKeys.CaseSensitive] = new JsonObject { ["anyOf"] = markerOrAfter.DeepClone() },
                        [SchemaKeys.Reserved] = new JsonObject { ["anyOf"] = markerOrAfter.DeepClone() },
                    };
                })),
            ["cases"] = ListOfNamed("case", "The alternatives, tried in order: each item is 'name: line class or part' or 'name: { line | part, value }'."),
            ["case"] = AnyOf(
                Ref("scalar"),
                ClosedMapping(SchemaKeys.Case, CaseKey, at =>
                {
                    at["oneOf"] = ExactlyOne(SchemaKeys.Case.Where(key => SchemaKeys.SlotKinds.Contains(key)));
                    at["dependencies"] = new JsonObject { [SchemaKeys.Capture] = CaptureOn(SchemaKeys.Line, Ref("lineCapture")) };
                })),
            ["check"] = ClosedMapping(SchemaKeys.Checks, CheckKey, _ => { }),
            ["rule"] = ClosedMapping(SchemaKeys.Rule, RuleKey, at => at["allOf"] = new JsonArray(
                new JsonObject { ["oneOf"] = ExactlyOne([RuleKeys.Field, SchemaKeys.Count]) },
                new JsonObject { ["oneOf"] = ExactlyOne(RuleKeys.Relations) })),
            ["lineCapture"] = ClosedMapping(SchemaKeys.CaptureOptions, CaptureKey, at => at["required"] = Array(SchemaKeys.Pattern)),
            ["captureRest"] = AnyOf(
                Ref("nonEmptyScalar"),
                ClosedMapping(SchemaKeys.CaptureRestOptions, CaptureRestKey, at => at["required"] = Array(SchemaKeys.CaptureRestName))),
            ["captureFields"] = Described(
                "The pattern's named groups, each read as 'text' or by a typed parser other than 'list'.",
                new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref("listItem") }),
            ["frontMatterFields"] = Described(
                "The front-matter keys: each maps to a type ('title: string') or to '{ type, list, required, default, checks }'.",
                new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref("frontMatterField") }),
            ["frontMatterField"] = AnyOf(
                new JsonObject { ["enum"] = Array(FrontMatterKeys.Types.Where(type => type != "mapping").ToArray()) },
                ClosedMapping(FrontMatterKeys.Field, FrontMatterFieldKey, _ => { })),
            ["unknownKeys"] = new JsonObject { ["enum"] = Array(FrontMatterKeys.Policies) },
            ["valueParser"] = AnyOf(new JsonObject { ["enum"] = Array(SchemaKeys.ValueParsers) }, Ref("typedValue")),
            ["typedValue"] = ClosedMapping(ValueSpecKeys.Options, ValueOptionKey, at => at["required"] = Array(ValueSpecKeys.Type)),
            ["listItem"] = AnyOf(new JsonObject { ["enum"] = Array(ValueSpecKeys.ItemTypes) }, Ref("typedValue")),
            ["jsonLdValue"] = Described(
                "The path of a value (slot names, and case names after a oneOf slot, and a field after a captured line, joined by dots; or frontMatter and a field, such as frontMatter.date), a list of paths whose values follow one another ('[lead.paragraph, paragraphs]'), or an object: '{ from: path, type: schema.org type, property: path relative to the part }'.",
                AnyOf(
                    Ref("nonEmptyScalar"),
                    new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Ref("nonEmptyScalar") },
                    new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = Array(SchemaKeys.From),
                        ["properties"] = new JsonObject
                        {
                            [SchemaKeys.From] = Described("The path of the value.", Ref("nonEmptyScalar")),
                            [SchemaKeys.Type] = Described("The schema.org type of the object the value becomes: Person or Organization for a line, a CreativeWork such as Quotation for a part.", new JsonObject { ["enum"] = Array([.. SchemaOrgTerms.Types]) }),
                        },
                        ["propertyNames"] = new JsonObject { ["enum"] = Array([SchemaKeys.From, SchemaKeys.Type, .. SchemaOrgTerms.Properties.Select(property => property.Name)]) },
                        ["additionalProperties"] = Ref("jsonLdValue"),
                    })),
        },
    };

    private static (JsonNode Shape, string Description) TopLevelKey(string key) => key switch
    {
        SchemaKeys.Copydesk => (new JsonObject { ["const"] = 1 }, "The language version; this version of Copydesk reads 1."),
        SchemaKeys.Type => (Ref("scalar"), "The C# name of the generated article type, such as DigestStory."),
        SchemaKeys.Namespace => (Ref("optionalScalar"), "The C# namespace of the generated types; the project's root namespace when left out."),
        SchemaKeys.Description => (Ref("optionalScalar"), "What kind of article this schema describes; becomes the type's documentation."),
        SchemaKeys.Visibility => (new JsonObject { ["enum"] = Array(SchemaKeys.Visibilities) }, "The accessibility of every generated type: 'public' (the default, or the project's CopydeskVisibility) or 'internal'."),
        SchemaKeys.Input => (
            AnyOf(
                new JsonObject { ["enum"] = Array(SchemaKeys.Inputs) },
                ClosedMapping(SchemaKeys.InputOptions, InputKey, at => at["required"] = Array(SchemaKeys.InputKind))),
            "How the text becomes units: 'lines' (the default), 'paragraphs' or 'markdown', alone or as the 'kind' of a mapping with options."),
        SchemaKeys.Lines => (
            new JsonObject { ["type"] = Array("object", "null"), ["additionalProperties"] = Ref("lineClass") },
            "Line classes: each name maps to predicates a line must meet, or to another class."),
        SchemaKeys.Parts => (
            new JsonObject { ["type"] = Array("object", "null"), ["additionalProperties"] = Ref("slots") },
            "Parts: each name maps to a list of slots and becomes a record type."),
        SchemaKeys.Layout => (Ref("slots"), "The article, top to bottom: a list of slots."),
        SchemaKeys.FrontMatter => (
            ClosedMapping(FrontMatterKeys.Section, FrontMatterSectionKey, at => at["required"] = Array(FrontMatterKeys.Fields)),
            "Typed front matter: the YAML between '---' lines at the top of the article."),
        SchemaKeys.Rules => (
            new JsonObject { ["type"] = "array", ["items"] = Ref("rule") },
            "Rules relating two fields of the article (layout slots and top-level front-matter fields), checked by Validate() in both back ends."),
        SchemaKeys.JsonLd => (
            new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { [SchemaKeys.Type] = Described("The schema.org type of the document; NewsArticle when left out.", new JsonObject { ["enum"] = Array([.. SchemaOrgTerms.DocumentTypes]) }) },
                ["propertyNames"] = new JsonObject { ["enum"] = Array([SchemaKeys.Type, .. SchemaOrgTerms.Properties.Select(property => property.Name)]) },
                ["additionalProperties"] = Ref("jsonLdValue"),
            },
            "How an article becomes its schema.org JSON-LD document: each schema.org property maps to the path of a value, such as 'headline: headline'."),
        _ => throw Unknown("the top level", key),
    };

    private static (JsonNode Shape, string Description) InputKey(string key) => key switch
    {
        SchemaKeys.InputKind => (new JsonObject { ["enum"] = Array(SchemaKeys.Inputs) }, "How the text becomes units: 'lines', 'paragraphs' or 'markdown'."),
        SchemaKeys.IndentStartsParagraph => (new JsonObject { ["type"] = "boolean" }, "With 'paragraphs': a line indented deeper than the text's margin starts a new paragraph, as in wire copy."),
        _ => throw Unknown("'input'", key),
    };

    private static (JsonNode Shape, string Description) FrontMatterSectionKey(string key) => key switch
    {
        FrontMatterKeys.Fields => (Ref("frontMatterFields"), "The typed keys of the front matter."),
        FrontMatterKeys.UnknownKeys => (Ref("unknownKeys"), "What a key the fields do not declare becomes: allow (the default), warn or error."),
        _ => throw Unknown("frontMatter", key),
    };

    private static (JsonNode Shape, string Description) FrontMatterFieldKey(string key) => key switch
    {
        FrontMatterKeys.Type => (new JsonObject { ["enum"] = Array(FrontMatterKeys.Types) }, "What the field holds; for a list, what each item holds."),
        FrontMatterKeys.List => (Ref("boolean"), "The field holds a list of its type."),
        FrontMatterKeys.Required => (Ref("boolean"), "A missing or empty key stops the parse."),
        FrontMatterKeys.Default => (
            AnyOf(Ref("scalar"), new JsonObject { ["type"] = "array", ["items"] = Ref("scalar") }),
            "The value of a missing or empty key, written in the type's canonical form."),
        SchemaKeys.Description => (Ref("optionalScalar"), "What the field holds; becomes the property's documentation."),
        SchemaKeys.MinLength => (Ref("count"), "A text value has at least this many characters."),
        SchemaKeys.MaxLength => (Ref("count"), "A text value has at most this many characters."),
        SchemaKeys.Pattern => (Ref("scalar"), "A .NET regular expression a text value matches."),
        SchemaKeys.OneOf => (Ref("strings"), "A text value is one of these."),
        FrontMatterKeys.Min => (Ref("scalar"), "The smallest integer, number, date or date-time."),
        FrontMatterKeys.Max => (Ref("scalar"), "The largest integer, number, date or date-time."),
        SchemaKeys.Count => (Ref("countRange"), "How many items a list has: N, N+ or N..M."),
        SchemaKeys.Severity => (new JsonObject { ["enum"] = Array(SchemaKeys.Severities) }, "The severity of the issues the checks report."),
        FrontMatterKeys.Fields => (Ref("frontMatterFields"), "The keys of a mapping field."),
        FrontMatterKeys.UnknownKeys => (Ref("unknownKeys"), "What a key of the mapping its fields do not declare becomes."),
        ValueSpecKeys.Formats => (Ref("strings"), "date, date-time: .NET custom format strings tried after ISO 8601, such as 'yyyy-MM-dd HH:mm:ss zzz'."),
        ValueSpecKeys.Offset => (Ref("nonEmptyScalar"), "date-time: the UTC offset of a value that states none, '+hh:mm', '-hh:mm' or 'Z'."),
        _ => throw Unknown("a front-matter field", key),
    };

    private static (JsonNode Shape, string Description) LineClassKey(string key) =>
        key == SchemaKeys.Description ? (Ref("optionalScalar"), "What lines of this class are, for readers of the schema.") : PredicateKey(key);

    private static (JsonNode Shape, string Description) PredicateKey(string key) => key switch
    {
        SchemaKeys.EndsWith => (Ref("strings"), "The line ends with one of these texts."),
        SchemaKeys.StartsWith => (Ref("strings"), "The line starts with one of these texts."),
        SchemaKeys.MinWords => (Ref("count"), "The line has at least this many words."),
        SchemaKeys.MaxWords => (Ref("count"), "The line has at most this many words."),
        SchemaKeys.MinLength => (Ref("count"), "The line has at least this many characters."),
        SchemaKeys.MaxLength => (Ref("count"), "The line has at most this many characters."),
        SchemaKeys.Pattern => (Ref("scalar"), "A .NET regular expression the line matches."),
        SchemaKeys.Not => (Ref("operand"), "The line does not meet this class or these predicates."),
        SchemaKeys.All => (OperandList(), "The line meets every one of these classes or predicate mappings."),
        SchemaKeys.Any => (OperandList(), "The line meets at least one of these classes or predicate mappings."),
        SchemaKeys.Block => (
            AnyOf(new JsonObject { ["enum"] = Array(SchemaKeys.BlockKinds) }, new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JsonObject { ["enum"] = Array(SchemaKeys.BlockKinds) } }),
            "The unit is of this kind, or one of these kinds: line, paragraph, or a Markdown block (heading, listItem, quote, code, thematicBreak, html, table, image)."),
        SchemaKeys.Level => (Ref("countRange"), "A Markdown heading's level is this number or range, such as 2 or 1..3 (every other unit has level 0)."),
        SchemaKeys.Indent => (Ref("countRange"), "The unit's indentation, in columns (a tab to the next multiple of 4), is this number or range, such as 0 or 1+."),
        _ => throw Unknown("a line class", key),
    };

    private static (JsonNode Shape, string Description) SlotKey(string key) => key switch
    {
        SchemaKeys.Line => (Ref("operand"), "The slot reads one line of this class, or of the class these predicates make."),
        SchemaKeys.Part => (Ref("scalar"), "The slot reads this part."),
        SchemaKeys.Marker => (Ref("markerTexts"), "The slot reads a line with exactly this text, such as '***', or one of several alternatives."),
        SchemaKeys.OneOf => (Ref("cases"), "The slot reads the first of these alternatives that matches."),
        SchemaKeys.Optional => (Ref("boolean"), "The slot may be missing."),
        SchemaKeys.Repeat => (Ref("repeatRange"), "The slot repeats: 0+, 1+, N+, N..M or an exact count."),
        SchemaKeys.After => (Ref("markerTexts"), "The slot starts after a line with exactly this text (or one of these alternatives); the marker line is skipped."),
        SchemaKeys.Value => (ValueParsers(), "How the line's text becomes the value."),
        SchemaKeys.Capture => (
            AnyOf(new JsonObject { ["enum"] = Array(SchemaKeys.CaptureModes) }, Ref("lineCapture")),
            "On a marker slot, 'rest': the text after the marker is the value. On a line slot, '{ pattern, fields, rest }': the pattern's named groups become fields of a record."),
        SchemaKeys.CaseSensitive => (Ref("boolean"), "true: the slot's markers match only in the case written; by default case is ignored."),
        SchemaKeys.Reserved => (
            new JsonObject { ["enum"] = Array(SchemaKeys.MarkerScopes) },
            "Where a line matching the slot's markers is kept from line classes: 'everywhere' (the default) or 'where-read', only where the schema could read the marker."),
        SchemaKeys.Check => (Ref("check"), "Rules Validate() checks; they never change how the article is parsed."),
        SchemaKeys.Description => (Ref("optionalScalar"), "What the slot holds; becomes the property's documentation."),
        _ => throw Unknown("a slot", key),
    };

    // A mapping with 'capture' must have the kind key 'kind', and its capture the shape that kind reads.
    private static JsonObject CaptureOn(string kind, JsonNode shape) => new()
    {
        ["required"] = Array(kind),
        ["properties"] = new JsonObject { [SchemaKeys.Capture] = shape },
    };

    private static (JsonNode Shape, string Description) CaseKey(string key) => key switch
    {
        SchemaKeys.Line => (Ref("operand"), "The case reads one line of this class, or of the class these predicates make."),
        SchemaKeys.Part => (Ref("scalar"), "The case reads this part."),
        SchemaKeys.Value => (ValueParsers(), "How the line's text becomes the value."),
        SchemaKeys.Capture => (Ref("lineCapture"), "'{ pattern, fields, rest }': the pattern's named groups become fields of a record."),
        SchemaKeys.Count => (Ref("countRange"), "How many items of a repeated oneOf take this case: N, N+ or N..M; checked by Validate()."),
        _ => throw Unknown("a oneOf case", key),
    };

    private static (JsonNode Shape, string Description) CaptureKey(string key) => key switch
    {
        SchemaKeys.Pattern => (Ref("scalar"), "A .NET regular expression matched on the line; each named group (?<name>...) is a field."),
        SchemaKeys.CaptureFields => (Ref("captureFields"), "The fields: each named group of the pattern and how its text is read, such as '{ place: text, date: date }'."),
        SchemaKeys.CaptureRest => (Ref("captureRest"), "The field that holds the text after the match: its name, such as 'text', or '{ name: text, value: quotes }' to read it with its quotations."),
        _ => throw Unknown("a capture", key),
    };

    private static (JsonNode Shape, string Description) CaptureRestKey(string key) => key switch
    {
        SchemaKeys.CaptureRestName => (Ref("nonEmptyScalar"), "The name of the field, such as 'text'."),
        SchemaKeys.Value => (new JsonObject { ["enum"] = Array(SchemaKeys.CaptureRestParsers) }, "How the text after the match is read: 'text' (the default), or 'quotes' for a paragraph with its quotations."),
        _ => throw Unknown("a capture's rest", key),
    };

    private static (JsonNode Shape, string Description) CheckKey(string key) => key switch
    {
        SchemaKeys.MaxLength => (Ref("count"), "The value has at most this many characters."),
        SchemaKeys.MinLength => (Ref("count"), "The value has at least this many characters."),
        SchemaKeys.MaxWords => (Ref("count"), "The value has at most this many words."),
        SchemaKeys.MinWords => (Ref("count"), "The value has at least this many words."),
        SchemaKeys.Pattern => (Ref("scalar"), "A .NET regular expression the value matches."),
        SchemaKeys.NotEmpty => (Ref("boolean"), "The value is not empty."),
        SchemaKeys.OneOf => (Ref("strings"), "The value is one of these texts."),
        SchemaKeys.Speaker => (new JsonObject { ["enum"] = Array(SchemaKeys.SpeakerRequired) }, "'required': the attribution, or every quotation of a 'value: quotes' paragraph, names a speaker."),
        SchemaKeys.AttributedWithin => (Ref("count"), "On 'value: quotes': every quotation is attributed in its paragraph or at most this many paragraphs before it."),
        SchemaKeys.Count => (Ref("countRange"), "How many times a repeated slot occurs: N, N+ or N..M."),
        SchemaKeys.Severity => (new JsonObject { ["enum"] = Array(SchemaKeys.Severities) }, "The severity of the issues these rules report."),
        SchemaKeys.Message => (Ref("scalar"), "The message of the issues these rules report, instead of the default one."),
        _ => throw Unknown("a check", key),
    };

    private static (JsonNode Shape, string Description) RuleKey(string key) => key switch
    {
        RuleKeys.Field => (Ref("nonEmptyScalar"), "The field the rule is about: a layout slot, or 'frontMatter.' and a top-level front-matter key."),
        SchemaKeys.Count => (Ref("nonEmptyScalar"), "The list whose items the rule counts: a slot with 'repeat' or a front-matter list; pairs with 'equals'."),
        RuleKeys.EqualsKey => (Ref("nonEmptyScalar"), "With 'count': the integer the number of items equals (a slot with 'value: integer' or a front-matter integer). CD3051."),
        RuleKeys.Before => (Ref("nonEmptyScalar"), "The date or date and time the field's is earlier than. CD3052."),
        RuleKeys.NotBefore => (Ref("nonEmptyScalar"), "The date or date and time the field's is not earlier than. CD3052."),
        RuleKeys.After => (Ref("nonEmptyScalar"), "The date or date and time the field's is later than. CD3052."),
        RuleKeys.NotAfter => (Ref("nonEmptyScalar"), "The date or date and time the field's is not later than. CD3052."),
        RuleKeys.RequiredWith => (Ref("nonEmptyScalar"), "The field whose presence requires this one. CD3053."),
        RuleKeys.ForbiddenWith => (Ref("nonEmptyScalar"), "The field whose presence forbids this one. CD3054."),
        SchemaKeys.Severity => (new JsonObject { ["enum"] = Array(SchemaKeys.Severities) }, "The severity of the rule's issue; error when left out."),
        SchemaKeys.Message => (Ref("scalar"), "Replaces the default message of the rule's issue."),
        _ => throw Unknown("a rule", key),
    };

    private static JsonObject ValueParsers() => Ref("valueParser");

    private static (JsonNode Shape, string Description) ValueOptionKey(string key) => key switch
    {
        ValueSpecKeys.Type => (new JsonObject { ["enum"] = Array(ValueSpecKeys.MappingTypes) }, "The value parser, such as 'date' or 'list'."),
        ValueSpecKeys.Formats => (Ref("strings"), "date, date-time: .NET custom format strings tried after ISO 8601, such as 'MMMM d, yyyy'."),
        ValueSpecKeys.Offset => (Ref("nonEmptyScalar"), "date-time: the UTC offset of a text that states none, '+hh:mm', '-hh:mm' or 'Z'."),
        ValueSpecKeys.GroupSeparator => (Ref("nonEmptyScalar"), "integer, number: the thousands separator, one character."),
        ValueSpecKeys.DecimalSeparator => (Ref("nonEmptyScalar"), "number: the decimal separator, one character; '.' by default."),
        ValueSpecKeys.Schemes => (Ref("strings"), "url: the allowed schemes; http and https by default."),
        ValueSpecKeys.Agencies => (Ref("strings"), "byline: the agency abbreviations that can end a byline in capitals."),
        ValueSpecKeys.Separator => (Ref("nonEmptyScalar"), "list: the text between items, such as ',' or ';'."),
        ValueSpecKeys.Item => (Ref("listItem"), "list: how each item is read; text by default."),
        _ => throw Unknown("a value", key),
    };

    private static JsonObject OperandList() => new() { ["type"] = "array", ["minItems"] = 1, ["items"] = Ref("operand") };

    // A list whose items are single-key mappings 'name: definition'.
    private static JsonObject ListOfNamed(string definition, string description) => Described(description, new JsonObject
    {
        ["type"] = "array",
        ["minItems"] = 1,
        ["items"] = new JsonObject { ["type"] = "object", ["minProperties"] = 1, ["maxProperties"] = 1, ["additionalProperties"] = Ref(definition) },
    });

    // A mapping that accepts exactly the keys of one table.
    private static JsonObject ClosedMapping(string[] keys, Func<string, (JsonNode Shape, string Description)> shapeOf, Action<JsonObject> constrain)
    {
        var mapping = new JsonObject { ["type"] = "object", ["properties"] = Properties(keys, shapeOf), ["additionalProperties"] = false };
        constrain(mapping);
        return mapping;
    }

    private static JsonObject Properties(string[] keys, Func<string, (JsonNode Shape, string Description)> shapeOf)
    {
        var properties = new JsonObject();
        foreach (string key in keys)
        {
            (JsonNode shape, string description) = shapeOf(key);
            properties[key] = Described(description, shape);
        }

        return properties;
    }

    private static JsonArray ExactlyOne(IEnumerable<string> keys) =>
        new(keys.Select(key => (JsonNode)new JsonObject { ["required"] = Array(key) }).ToArray());

    // A $ref cannot carry siblings in draft-07, so a described reference wraps it in allOf.
    private static JsonObject Described(string description, JsonNode shape)
    {
        if (shape is JsonObject { Count: 1 } reference && reference.ContainsKey("$ref"))
        {
            return new JsonObject { ["description"] = description, ["allOf"] = new JsonArray(reference) };
        }

        var described = new JsonObject { ["description"] = description };
        foreach ((string name, JsonNode? value) in ((JsonObject)shape).ToArray())
        {
            ((JsonObject)shape).Remove(name);
            described[name] = value;
        }

        return described;
    }

    private static JsonObject AnyOf(params JsonNode[] shapes) => new() { ["anyOf"] = new JsonArray(shapes) };

    private static JsonObject Ref(string definition) => new() { ["$ref"] = "#/definitions/" + definition };

    private static JsonArray Array(params string[] values) => new(values.Select(value => (JsonNode)JsonValue.Create(value)).ToArray());

    private static InvalidOperationException Unknown(string where, string key) =>
        new($"The key '{key}' of {where} has no shape in the editor schema: add it to {nameof(EditorSchemaBuilder)}.");
}
