using System;
using System.Collections.Generic;
using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Planning;

namespace Copydesk.Schema.JsonLd;

/// <summary>
/// Resolves a <c>jsonLd:</c> mapping against the slots of its schema and decides what each property writes: the one
/// place that knows which value can fill which schema.org property. The loader runs it to report mistakes (CD1110 to
/// CD1113); the plan builder runs it to plan, and refuses a mapping with a mistake.
/// </summary>
public static class JsonLdPlanner
{
    /// <summary>The path step after a slot read with <c>value: quotes</c> that reads its quotations: <c>paragraphs.quotes</c>.</summary>
    public const string QuotationsSegment = "quotes";

    /// <summary>Reports one mistake in a mapping, at the range it concerns.</summary>
    public delegate void Report(SchemaDiagnosticDescriptor descriptor, TextRange range, params string[] arguments);

    /// <summary>Plans <paramref name="mapping"/>; returns <see langword="null"/> after reporting every mistake.</summary>
    /// <param name="mapping">The mapping as written.</param>
    /// <param name="schema">The schema it belongs to, whose layout and parts paths walk.</param>
    /// <param name="report">Told about each mistake.</param>
    public static JsonLdPlan? Plan(JsonLdMapping mapping, ArticleSchema schema, Report report)
    {
        if (mapping is null)
        {
            throw new ArgumentNullException(nameof(mapping));
        }

        if (schema is null)
        {
            throw new ArgumentNullException(nameof(schema));
        }

        var planner = new Planner(schema, report ?? throw new ArgumentNullException(nameof(report)));
        string type = mapping.Type;
        if (!SchemaOrgTerms.IsType(type) || !SchemaOrgTerms.IsA(type, "Article"))
        {
            planner.Fail(DiagnosticCatalog.UnknownJsonLdType, mapping.TypeRange, type, "an article may be", Choices(type, SchemaOrgTerms.DocumentTypes));

            // The properties are still checked, against the type meant, so every mistake is reported at once.
            type = NameSuggester.Suggest(type, SchemaOrgTerms.DocumentTypes) ?? SchemaOrgTerms.DefaultDocumentType;
        }

        EquatableArray<JsonLdPropertyPlan> properties = planner.Properties(mapping.Properties, type, new Owner(schema.TypeName, null, schema.Layout));
        return planner.Failed ? null : new JsonLdPlan(type, properties);
    }

    private static string Choices(string written, IEnumerable<string> choices)
    {
        List<string> list = choices.ToList();
        string quoted = string.Join(", ", list.Select(choice => "'" + choice + "'"));
        return NameSuggester.Suggest(written, list) is { } closest ? $"did you mean '{closest}'? Write one of {quoted}" : $"write one of {quoted}";
    }

    /// <summary>The record a path starts from: the layout (<see cref="Part"/> is <see langword="null"/>) or a part.</summary>
    private sealed class Owner
    {
        public Owner(string name, string? part, EquatableArray<Slot> slots)
        {
            Name = name;
            Part = part;
            Slots = slots;
        }

        public string Name { get; }

        public string? Part { get; }

        public EquatableArray<Slot> Slots { get; }

        public string Describe() => Part is null ? "the layout" : "part '" + Part + "'";
    }

    private sealed class Planner
    {
        private readonly ArticleSchema schema;
        private readonly Report report;

        public Planner(ArticleSchema schema, Report report)
        {
            this.schema = schema;
            this.report = report;
        }

        public bool Failed { get; private set; }

        public EquatableArray<JsonLdPropertyPlan> Properties(EquatableArray<JsonLdPropertyMapping> mappings, string type, Owner owner)
        {
            var plans = new List<JsonLdPropertyPlan>(mappings.Count);
            foreach (JsonLdPropertyMapping mapping in mappings)
            {
                if (Property(mapping, type, owner) is { } plan)
                {
                    plans.Add(plan);
                }
            }

            return plans.ToEquatableArray();
        }

        private JsonLdPropertyPlan? Property(JsonLdPropertyMapping mapping, string type, Owner owner)
        {
            JsonLdPropertyPlan? plan = OnePath(mapping, type, owner);
            return plan is null || mapping.MoreFrom.Count == 0 ? plan : MorePaths(mapping, plan, type, owner);
        }

        // A list of paths: each planned as if written alone, and all of them giving values the property writes alike
        // (texts, agents of one type, quotations), so their values follow one another; an object or a front-matter
        // field is mapped by one path.
        private JsonLdPropertyPlan? MorePaths(JsonLdPropertyMapping mapping, JsonLdPropertyPlan first, string type, Owner owner)
        {
            if (first.Form == JsonLdForm.Object || first.Path.IsFrontMatter)
            {
                PathError(mapping, $"'{first.Path.Text}' is {(first.Path.IsFrontMatter ? "a front-matter field" : "a part")}, which is mapped by one path; a list of paths reads lines, captured fields and quotations");
                return null;
            }

            var more = new List<JsonLdPath>(mapping.MoreFrom.Count);
            bool array = first.IsArray;
            foreach (JsonLdMorePath written in mapping.MoreFrom)
            {
                JsonLdPropertyMapping alone = mapping with { From = written.From, FromRange = written.Range, MoreFrom = EquatableArray<JsonLdMorePath>.Empty };
                if (OnePath(alone, type, owner) is not { } next)
                {
                    continue;
                }

                if (next.Form != first.Form || next.ObjectType != first.ObjectType || next.Path.IsFrontMatter)
                {
                    Fail(DiagnosticCatalog.JsonLdTypeMismatch, written.Range, written.From, first.Name, $"the paths of a list give values written alike, and '{first.Path.Text}' gives {Describe(first)} where '{written.From}' gives {Describe(next)}");
                    continue;
                }

                array |= next.IsArray;
                more.Add(next.Path);
            }

            return Failed ? null : first with { IsArray = array, MorePaths = more.ToEquatableArray() };
        }

        private static string Describe(JsonLdPropertyPlan plan) => plan.Path.IsFrontMatter ? "a front-matter field" : plan.Form switch
        {
            JsonLdForm.Quotations => "quotations",
            JsonLdForm.Agent or JsonLdForm.BylineAgents => "a " + plan.ObjectType,
            _ => "text",
        };

        private JsonLdPropertyPlan? OnePath(JsonLdPropertyMapping mapping, string type, Owner owner)
        {
            SchemaOrgProperty? property = SchemaOrgTerms.Find(mapping.Name);
            if (property is null || !SchemaOrgTerms.IsA(type, property.Domain))
            {
                string hint = NameSuggester.DidYouMean(NameSuggester.Suggest(mapping.Name, SchemaOrgTerms.PropertiesOf(type)));
                string where = property is null ? type : type + " (it belongs to " + property.Domain + ")";
                Fail(DiagnosticCatalog.UnknownJsonLdProperty, mapping.NameRange, mapping.Name, where, hint.Length == 0 ? string.Empty : "." + hint);
                return null;
            }

            if (mapping.Type is { } objectType && !SchemaOrgTerms.IsType(objectType))
            {
                Fail(DiagnosticCatalog.UnknownJsonLdType, mapping.TypeRange, objectType, "a value of '" + property.Name + "' may be", Choices(objectType, SchemaOrgTerms.Types.Where(property.TakesObjectOf)));
                return null;
            }

            if (Resolve(mapping, owner) is not { } path)
            {
                return null;
            }

            int line = mapping.NameRange.StartLine;
            if (path.Source == JsonLdSource.Part)
            {
                return PartProperty(mapping, property, path, line);
            }

            if (path.Source == JsonLdSource.Quotations)
            {
                return QuotationsProperty(mapping, property, path, line);
            }

            if (mapping.Properties.Count > 0)
            {
                Fail(DiagnosticCatalog.OptionNotApplicable, mapping.Properties[0].NameRange, mapping.Properties[0].Name, "a path that reads a part, whose fields become the object's properties", $"'{path.Text}' reads one line: map it alone, as '{mapping.Name}: {path.Text}'");
                return null;
            }

            string? dataType = path.DataType;
            if (mapping.Type is { } agentType)
            {
                if (dataType is not null)
                {
                    Fail(DiagnosticCatalog.JsonLdTypeMismatch, mapping.TypeRange, path.Text, property.Name, Expects(property, $"{Describe(path)} names no {agentType}"));
                    return null;
                }

                if (!(SchemaOrgTerms.IsA(agentType, "Person") || SchemaOrgTerms.IsA(agentType, "Organization")) || !property.TakesObjectOf(agentType))
                {
                    Fail(DiagnosticCatalog.JsonLdTypeMismatch, mapping.TypeRange, path.Text, property.Name, Expects(property, $"a line names a Person or an Organization, and '{property.Name}' takes {(property.DefaultAgentType is null ? "neither" : "no " + agentType)}"));
                    return null;
                }

                return Agent(property, path, agentType, line);
            }

            // A date, a date-time or a URL fills a property that expects its type, or text; it is written the same way in both.
            if (property.TakesText || (dataType is not null && property.Ranges.Contains(dataType)))
            {
                bool joined = property.JoinsText;
                return new JsonLdPropertyPlan(property.Name, path, joined ? JsonLdForm.JoinedText : JsonLdForm.Text, path.IsMany && !joined, null, EquatableArray<JsonLdPropertyPlan>.Empty, line);
            }

            if (dataType is null && property.DefaultAgentType is { } defaultAgent)
            {
                return Agent(property, path, defaultAgent, line);
            }

            string why = property.Ranges.Any(range => range is "Date" or "DateTime")
                ? $"{Describe(path)} is not a date: read it with 'value: date' or 'value: date-time'"
                : property.Ranges.Any(range => range is "URL")
                    ? $"{Describe(path)} is not a URL: read it with 'value: url'"
                    : $"{Describe(path)} becomes none of them";
            Fail(DiagnosticCatalog.JsonLdTypeMismatch, mapping.FromRange, path.Text, property.Name, Expects(property, why));
            return null;
        }

        private static string Describe(JsonLdPath path) => (path.Source, path.IsFrontMatter) switch
        {
            (JsonLdSource.Date, _) => "a date",
            (JsonLdSource.DateTime, _) => "a date and time",
            (JsonLdSource.Url, _) => "a URL",
            (_, true) => "a front-matter field read as text",
            _ => "a line read as text",
        };

        // The quotations of a quotes paragraph are Quotation objects of a fixed shape: text, and the resolved speaker as creator.
        private JsonLdPropertyPlan? QuotationsProperty(JsonLdPropertyMapping mapping, SchemaOrgProperty property, JsonLdPath path, int line)
        {
            const string Quotation = "Quotation";
            if (mapping.Type is { } objectType && objectType != Quotation)
            {
                Fail(DiagnosticCatalog.JsonLdTypeMismatch, mapping.TypeRange, path.Text, property.Name, Expects(property, $"the quotations of a paragraph are Quotation objects, not {objectType}"));
                return null;
            }

            if (!property.TakesObjectOf(Quotation))
            {
                Fail(DiagnosticCatalog.JsonLdTypeMismatch, mapping.FromRange, path.Text, property.Name, Expects(property, "the quotations of a paragraph are Quotation objects"));
                return null;
            }

            if (mapping.Properties.Count > 0)
            {
                Fail(DiagnosticCatalog.OptionNotApplicable, mapping.Properties[0].NameRange, mapping.Properties[0].Name, "a path that reads a part, whose fields become the object's properties", $"'{path.Text}' gives each quotation's text, and its resolved speaker as creator: map it alone, as '{mapping.Name}: {path.Text}'");
                return null;
            }

            return new JsonLdPropertyPlan(property.Name, path, JsonLdForm.Quotations, true, Quotation, EquatableArray<JsonLdPropertyPlan>.Empty, line);
        }

        // A person's name can come from a byline ("By Ana Ruiz and Li Wei") only when the value is plain text.
        private static JsonLdPropertyPlan Agent(SchemaOrgProperty property, JsonLdPath path, string agentType, int line)
        {
            bool byline = path.Source == JsonLdSource.Text && SchemaOrgTerms.IsA(agentType, "Person");
            return new JsonLdPropertyPlan(property.Name, path, byline ? JsonLdForm.BylineAgents : JsonLdForm.Agent, byline || path.IsMany, agentType, EquatableArray<JsonLdPropertyPlan>.Empty, line);
        }

        private JsonLdPropertyPlan? PartProperty(JsonLdPropertyMapping mapping, SchemaOrgProperty property, JsonLdPath path, int line)
        {
            string example = property.Ranges.FirstOrDefault(range => SchemaOrgTerms.IsType(range)) ?? "CreativeWork";
            if (mapping.Type is not { } objectType)
            {
                Fail(DiagnosticCatalog.JsonLdTypeMismatch, mapping.FromRange, path.Text, property.Name, Expects(property, $"'{path.Text}' is the part {path.Part}, which becomes an object only with a type and its fields mapped: write '{mapping.Name}: {{ from: {path.Text}, type: {example}, name: <slot of {path.Part}> }}'"));
                return null;
            }

            if (!property.TakesObjectOf(objectType))
            {
                Fail(DiagnosticCatalog.JsonLdTypeMismatch, mapping.TypeRange, path.Text, property.Name, Expects(property, $"a {objectType} is not one of them"));
                return null;
            }

            if (mapping.Properties.Count == 0)
            {
                Fail(DiagnosticCatalog.MissingKey, mapping.NameRange, $"The {objectType} of '{mapping.Name}'", $"a property for at least one slot of {path.Part}, such as 'name: <slot>'");
                return null;
            }

            Part part = schema.Parts.First(candidate => candidate.Name == path.Part);
            EquatableArray<JsonLdPropertyPlan> properties = Properties(mapping.Properties, objectType, new Owner(part.Name, part.Name, part.Slots));
            return new JsonLdPropertyPlan(property.Name, path, JsonLdForm.Object, path.IsMany, objectType, properties, line);
        }

        private JsonLdPath? Resolve(JsonLdPropertyMapping mapping, Owner start)
        {
            string[] segments = mapping.From.Split('.');
            if (start.Part is null && segments[0] == FrontMatterNames.JsonName && schema.FrontMatter is { } frontMatter && IndexOf(start.Slots, segments[0]) < 0)
            {
                return ResolveFrontMatter(mapping, segments, frontMatter);
            }

            var steps = new List<JsonLdStep>(segments.Length);
            Owner owner = start;
            bool many = false;
            for (int i = 0; i < segments.Length; i++)
            {
                string segment = segments[i];
                bool last = i == segments.Length - 1;
                int index = IndexOf(owner.Slots, segment);
                if (index < 0)
                {
                    string hint = NameSuggester.DidYouMean(NameSuggester.Suggest(segment, owner.Slots.Select(slot => slot.Name)));
                    return PathError(mapping, $"'{segment}' is not a slot of {owner.Describe()}.{hint}");
                }

                Slot slot = owner.Slots[index];
                many |= slot.Cardinality == Cardinality.Repeat;
                string? caseName = null;
                int caseIndex = -1;
                string? partName = null;
                JsonLdSource? source = null;
                bool quotes = false;
                CaptureSpec? capture = null;
                switch (slot)
                {
                    case LineSlot line:
                        source = SourceOf(line.Value, line.Spec?.Kind);
                        quotes = line.Value == ValueKind.Quotes;
                        capture = line.Capture;
                        break;
                    case MarkerSlot:
                        source = JsonLdSource.Text;
                        break;
                    case PartSlot partSlot:
                        partName = partSlot.Part;
                        break;
                    case OneOfSlot oneOf:
                        string cases = string.Join(", ", oneOf.Cases.Select(c => "'" + slot.Name + "." + c.Name + "'"));
                        if (last)
                        {
                            return PathError(mapping, $"'{slot.Name}' holds items of several cases; name the case whose values to write: {cases}");
                        }

                        i++;
                        last = i == segments.Length - 1;
                        caseIndex = IndexOf(oneOf.Cases, segments[i]);
                        if (caseIndex < 0)
                        {
                            string hint = NameSuggester.DidYouMean(NameSuggester.Suggest(segments[i], oneOf.Cases.Select(c => c.Name)));
                            return PathError(mapping, $"'{segments[i]}' is not a case of '{slot.Name}', whose cases are {cases}.{hint}");
                        }

                        OneOfCase @case = oneOf.Cases[caseIndex];
                        caseName = @case.Name;
                        if (@case is LineCase lineCase)
                        {
                            source = SourceOf(lineCase.Value, lineCase.Spec?.Kind);
                            quotes = lineCase.Value == ValueKind.Quotes;
                            capture = lineCase.Capture;
                        }
                        else
                        {
                            partName = ((PartCase)@case).Part;
                        }

                        break;
                }

                steps.Add(new JsonLdStep(owner.Name, owner.Part is null, slot.Name, index, slot.Cardinality, caseName, caseIndex));
                if (capture is not null && !last)
                {
                    return JsonLdCapturePaths.Resolve(mapping.From, steps.ToEquatableArray(), many, capture, segments, i + 1, reason => PathError(mapping, reason));
                }

                if (quotes && !last)
                {
                    string through = string.Join(".", segments, 0, i + 1);
                    return i + 2 == segments.Length && segments[i + 1] == QuotationsSegment
                        ? new JsonLdPath(mapping.From, steps.ToEquatableArray(), JsonLdSource.Quotations, null, true)
                        : PathError(mapping, $"'{segments[i]}' reads one line; only its quotations follow it in a path: '{through}.{QuotationsSegment}'");
                }

                if (source is { } value)
                {
                    return last
                        ? new JsonLdPath(mapping.From, steps.ToEquatableArray(), value, null, many)
                        : PathError(mapping, $"'{segments[i]}' reads one line, so nothing follows it in a path");
                }

                if (schema.Parts.FirstOrDefault(candidate => candidate.Name == partName) is not { } part)
                {
                    return PathError(mapping, $"'{segments[i]}' reads the part '{partName}', which the schema does not declare");
                }

                if (last)
                {
                    return new JsonLdPath(mapping.From, steps.ToEquatableArray(), JsonLdSource.Part, part.Name, many);
                }

                owner = new Owner(part.Name, part.Name, part.Slots);
            }

            return PathError(mapping, "a path names at least one slot");
        }

        // frontMatter.field, or through mappings to one of their fields: frontMatter.author.name.
        private JsonLdPath? ResolveFrontMatter(JsonLdPropertyMapping mapping, string[] segments, FrontMatterSchema frontMatter)
        {
            if (segments.Length == 1)
            {
                return PathError(mapping, $"'{FrontMatterNames.JsonName}' holds fields; name the one to write: {Fields(FrontMatterNames.JsonName, frontMatter.Fields)}");
            }

            var steps = new List<JsonLdFieldStep>(segments.Length - 1);
            EquatableArray<FrontMatterField> fields = frontMatter.Fields;
            string owner = FrontMatterNames.JsonName;
            bool many = false;
            for (int i = 1; i < segments.Length; i++)
            {
                string segment = segments[i];
                int index = IndexOf(fields, segment);
                if (index < 0)
                {
                    string hint = NameSuggester.DidYouMean(NameSuggester.Suggest(segment, fields.Select(field => field.Name)));
                    return PathError(mapping, $"'{segment}' is not a field of '{owner}'.{hint}");
                }

                FrontMatterField field = fields[index];
                steps.Add(new JsonLdFieldStep(field.Name, index, field.IsList));
                many |= field.IsList;
                owner += "." + field.Name;
                bool last = i == segments.Length - 1;
                if (field.Type == FrontMatterType.Mapping)
                {
                    if (last)
                    {
                        return PathError(mapping, $"'{owner}' holds fields; name the one to write: {Fields(owner, field.Fields)}");
                    }

                    fields = field.Fields;
                    continue;
                }

                if (!last)
                {
                    return PathError(mapping, $"'{owner}' holds one value, so nothing follows it in a path");
                }

                return new JsonLdPath(mapping.From, EquatableArray<JsonLdStep>.Empty, SourceOf(ValueKind.Typed, FrontMatterValueKinds.Of(field.Type)), null, many) { FrontMatter = steps.ToEquatableArray() };
            }

            return PathError(mapping, "a path names at least one slot");
        }

        private static string Fields(string owner, EquatableArray<FrontMatterField> fields) =>
            string.Join(", ", fields.Select(field => "'" + owner + "." + field.Name + "'"));

        private static int IndexOf(EquatableArray<FrontMatterField> fields, string name)
        {
            for (int i = 0; i < fields.Count; i++)
            {
                if (fields[i].Name == name)
                {
                    return i;
                }
            }

            return -1;
        }

        private static string Expects(SchemaOrgProperty property, string why) => "it expects " + property.RangeText + ", and " + why;

        private JsonLdPath? PathError(JsonLdPropertyMapping mapping, string reason)
        {
            Fail(DiagnosticCatalog.UnknownJsonLdPath, mapping.FromRange, mapping.From, reason);
            return null;
        }

        private static int IndexOf(EquatableArray<Slot> slots, string name)
        {
            for (int i = 0; i < slots.Count; i++)
            {
                if (slots[i].Name == name)
                {
                    return i;
                }
            }

            return -1;
        }

        private static int IndexOf(EquatableArray<OneOfCase> cases, string name)
        {
            for (int i = 0; i < cases.Count; i++)
            {
                if (cases[i].Name == name)
                {
                    return i;
                }
            }

            return -1;
        }

        public void Fail(SchemaDiagnosticDescriptor descriptor, TextRange range, params string[] arguments)
        {
            Failed = true;
            report(descriptor, range, arguments);
        }
    }

    // What a value gives a JSON-LD property, for lines, oneOf cases and front-matter fields alike: an attribution is a
    // person; a date, a date-time and a URL keep their type (written as ISO 8601 and as an absolute URL); a captured
    // record gives its whole line's text; every other value (text, quoted, a quotes paragraph, another typed value)
    // gives its text.
    internal static JsonLdSource SourceOf(ValueKind value, TypedValueKind? typed) => value switch
    {
        ValueKind.Attribution => JsonLdSource.Attribution,
        ValueKind.Captured => JsonLdSource.Captured,
        ValueKind.Typed => typed switch
        {
            TypedValueKind.Date => JsonLdSource.Date,
            TypedValueKind.DateTime => JsonLdSource.DateTime,
            TypedValueKind.Url => JsonLdSource.Url,
            _ => JsonLdSource.Text,
        },
        _ => JsonLdSource.Text,
    };
}
