using System;
using System.Collections.Generic;
using Copydesk.Schema.Analysis;
using Copydesk.Schema.JsonLd;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;

namespace Copydesk.Schema.Planning;

/// <summary>
/// Builds the <see cref="ParsePlan"/> of a schema: the one place where the parse semantics are decided. A schema
/// the loader accepted always plans; a hand-built one that names something it does not declare, nests a part or
/// line class in itself, or holds a kind of slot, case or predicate the language does not have is refused with an
/// exception, never planned as something else.
/// </summary>
public sealed class ParsePlanBuilder
{
    private readonly ArticleSchema schema;
    private readonly Dictionary<string, LineClass> declaredClasses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OwnerPlan> parts = new(StringComparer.Ordinal);
    private readonly HashSet<string> acyclicClasses = new(StringComparer.Ordinal);
    private Dictionary<(string? Part, int Slot), EquatableArray<int>> yields = new();
    private int cacheCount;

    private ParsePlanBuilder(ArticleSchema schema) => this.schema = schema;

    /// <summary>Plans <paramref name="schema"/>.</summary>
    /// <param name="schema">A schema loaded without errors.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The schema is not one the loader accepts (see the class remarks).</exception>
    public static ParsePlan Build(ArticleSchema schema)
    {
        if (schema is null)
        {
            throw new ArgumentNullException(nameof(schema));
        }

        return new ParsePlanBuilder(schema).Build();
    }

    private ParsePlan Build()
    {
        var lineClasses = new LineClassPlan[schema.LineClasses.Count];
        foreach (LineClass lineClass in schema.LineClasses)
        {
            if (BuiltInLineClasses.TryParse(lineClass.Name, out _) || declaredClasses.ContainsKey(lineClass.Name))
            {
                throw Invalid($"The schema declares the line class '{lineClass.Name}' twice or redeclares a built-in one.");
            }

            declaredClasses.Add(lineClass.Name, lineClass);
        }

        for (int i = 0; i < lineClasses.Length; i++)
        {
            LineClass lineClass = schema.LineClasses[i];
            EnsureNoSelfReference(lineClass.Name, lineClass.Predicate, new HashSet<string>(StringComparer.Ordinal));
            lineClasses[i] = new LineClassPlan(lineClass.Name, Resolve(lineClass.Predicate));
        }

        var byName = new Dictionary<string, Part>(StringComparer.Ordinal);
        foreach (Part part in schema.Parts)
        {
            if (byName.ContainsKey(part.Name))
            {
                throw Invalid($"The schema declares the part '{part.Name}' twice.");
            }

            byName.Add(part.Name, part);
        }

        // Each part after those it reads, so what a slot reads is planned before the slot. A loaded schema nests parts
        // at most MaxNestingDepth deep (CD1019); a hand-built one nested deeper could overflow a parser's stack.
        List<Part> dependencyOrder = PartGraph.InDependencyOrder(schema.Parts, byName);
        if (PartGraph.NestingDepth(dependencyOrder, PartGraph.MaxNestingDepth, out Part? tooDeep) > PartGraph.MaxNestingDepth)
        {
            throw Invalid($"Part '{tooDeep!.Name}' starts a chain of more than {PartGraph.MaxNestingDepth} nested parts, deeper than a parse may recurse.");
        }

        yields = MarkerYields.Compute(schema, MarkerIndex);
        var ordered = new List<OwnerPlan>(schema.Parts.Count);
        foreach (Part part in dependencyOrder)
        {
            OwnerPlan plan = Owner(part.Name, null, part.Description, part.Slots);
            parts.Add(part.Name, plan);
            ordered.Add(plan);
        }

        OwnerPlan layout = Owner(schema.TypeName, schema.TypeName, schema.Description, schema.Layout);
        return new ParsePlan(schema.TypeName, schema.Description, schema.Markers, lineClasses.ToEquatableArray(), layout, ordered.ToEquatableArray(), cacheCount)
        {
            FrontMatter = FrontMatterPlanner.Plan(schema),
            Input = schema.Input,
            NeedsMarkup = schema.NeedsMarkup,
            JsonLd = schema.JsonLd is { } jsonLd ? JsonLdPlanner.Plan(jsonLd, schema, RefuseMapping) : null,
            Visibility = schema.Visibility ?? TypeVisibility.Public,
            Rules = RulePlanner.Plan(schema, RefuseRule),
        };
    }

    /// <param name="name">The part name, or the type name for the layout.</param>
    /// <param name="layoutType">The article type name for the layout; <see langword="null"/> for a part.</param>
    /// <param name="description">The documentation.</param>
    /// <param name="slots">The slots.</param>
    private OwnerPlan Owner(string name, string? layoutType, string? description, EquatableArray<Slot> slots)
    {
        string? part = layoutType is null ? name : null;
        var plans = new SlotPlan[slots.Count];
        bool hasChecks = false;
        for (int i = 0; i < plans.Length; i++)
        {
            plans[i] = Slot(part, slots[i], YieldsTo(part, i));
            hasChecks |= plans[i].Checks.HasChecks;
        }

        string recordName = part is null ? name : SchemaNames.PartTypeName(part, schema.Layout);
        return new OwnerPlan(name, recordName, part is null, description, plans.ToEquatableArray(), hasChecks);
    }

    private EquatableArray<int> YieldsTo(string? part, int slot) =>
        yields.TryGetValue((part, slot), out EquatableArray<int> markers) ? markers : EquatableArray<int>.Empty;

    private SlotPlan Slot(string? part, Slot slot, EquatableArray<int> yieldsTo)
    {
        string expectationSlot = SchemaNames.ExpectationSlot(part, slot.Name);
        SlotRead read = slot switch
        {
            LineSlot line => Line(line.LineClass, line.Value, line.Spec, Captures.Plan(line.Capture, SchemaNames.CaptureTypeName(part, slot.Name, null)), expectationSlot, yieldsTo),
            MarkerSlot marker => new MarkerRead(
                MarkerIndex(marker.Marker),
                new ExpectationPlan(expectationSlot, SchemaNames.ExpectsMarker(marker.Marker))),
            PartSlot partSlot => Part(part, partSlot.Part),
            OneOfSlot oneOf => new OneOfRead(Cases(part, oneOf, yieldsTo)),
            _ => throw Invalid($"The slot '{slot.Name}' is a {slot.GetType().Name}, which the language does not have."),
        };

        RepeatPlan? repeat = null;
        if (slot.Cardinality == Cardinality.Repeat)
        {
            // The layout runs once. A repeat inside a part can be retried from inside one of its own runs, which reads
            // them again: at most a few items when the bound is small, the rest of the article otherwise, so those
            // remember their runs.
            RunStrategy strategy = part is null ? RunStrategy.SizedForLinesLeft
                : slot.Max <= RepeatPlan.LargestUncachedBound ? RunStrategy.Growing
                : RunStrategy.Cached;
            repeat = new RepeatPlan(slot.Min, slot.Max, strategy, strategy == RunStrategy.Cached ? cacheCount++ : -1);
        }
        else if (slot.Cardinality is not (Cardinality.One or Cardinality.Optional))
        {
            throw Invalid($"The slot '{slot.Name}' has the cardinality {slot.Cardinality}, which the language does not have.");
        }

        AfterMarkerPlan? after = slot.After is null
            ? null
            : new AfterMarkerPlan(MarkerIndex(slot.AfterMarker!), new ExpectationPlan(expectationSlot, SchemaNames.ExpectsMarker(slot.AfterMarker!)));
        return new SlotPlan(
            slot.Name,
            JsonName: slot.Name,
            SourceLine: slot.Range.StartLine,
            Section: part is null ? slot.Name : null,
            read,
            slot.Cardinality,
            repeat,
            after,
            Nullability.IsNullable(slot),
            Checks(slot, read),
            slot.Description);
    }

    // The loader reports every mistake of a mapping; a hand-built schema with one is refused like any other.
    private static void RefuseMapping(Diagnostics.SchemaDiagnosticDescriptor descriptor, TextRange range, params string[] arguments) =>
        throw Invalid("The jsonLd mapping is not one the loader accepts: " + Diagnostics.DiagnosticCatalog.Format(descriptor, arguments));

    // A warning (a rule that can never report) still plans; an error is a schema the loader does not accept.
    private static void RefuseRule(Diagnostics.SchemaDiagnosticDescriptor descriptor, TextRange range, params string[] arguments)
    {
        if (descriptor.DefaultSeverity == Diagnostics.SchemaSeverity.Error)
        {
            throw Invalid("The rule is not one the loader accepts: " + Diagnostics.DiagnosticCatalog.Format(descriptor, arguments));
        }
    }

    private LineRead Line(string lineClass, ValueKind value, ValueSpec? spec, CapturePlan? capture, string expectationSlot, EquatableArray<int> yieldsTo)
    {
        if (value is not (ValueKind.Text or ValueKind.Quoted or ValueKind.Attribution or ValueKind.Typed or ValueKind.Quotes or ValueKind.Captured))
        {
            throw Invalid($"The value parser {value} is not one the language has.");
        }

        return new LineRead(lineClass, ClassReference(lineClass), value, new ExpectationPlan(expectationSlot, SchemaNames.ExpectsLine(lineClass)))
        {
            YieldsTo = yieldsTo,
            Spec = value == ValueKind.Typed ? TypedValues.Plan(spec) : null,
            Capture = value == ValueKind.Captured
                ? capture ?? throw Invalid("A captured line has no capture.")
                : null,
        };
    }

    private PartRead Part(string? owner, string name) =>
        parts.ContainsKey(name)
            ? new PartRead(name)
            : throw Invalid($"{(owner is null ? "The layout" : "Part '" + owner + "'")} reads the part '{name}', which the schema does not declare.");

    private EquatableArray<CasePlan> Cases(string? part, OneOfSlot slot, EquatableArray<int> yieldsTo)
    {
        var cases = new CasePlan[slot.Cases.Count];
        for (int c = 0; c < cases.Length; c++)
        {
            OneOfCase @case = slot.Cases[c];
            SlotRead read = @case switch
            {
                LineCase line => Line(line.LineClass, line.Value, line.Spec, Captures.Plan(line.Capture, SchemaNames.CaptureTypeName(part, slot.Name, @case.Name)), SchemaNames.ExpectationSlot(part, slot.Name, @case.Name), yieldsTo),
                PartCase partCase => Part(part, partCase.Part),
                _ => throw Invalid($"The case '{@case.Name}' is a {@case.GetType().Name}, which the language does not have."),
            };
            cases[c] = new CasePlan(@case.Name, @case.Name, read);
        }

        return cases.ToEquatableArray();
    }

    private SlotChecks Checks(Slot slot, SlotRead read)
    {
        bool nested = read switch
        {
            PartRead part => parts[part.Part].HasChecks,
            OneOfRead oneOf => HasPartCaseWithChecks(oneOf) || TypedValues.HasTypedCase(oneOf),
            _ => false,
        };
        bool typed = read is LineRead { Value: ValueKind.Typed or ValueKind.Captured };
        var caseCounts = new List<CaseCountRule>();
        if (slot is OneOfSlot { Cardinality: Cardinality.Repeat } oneOfSlot)
        {
            for (int c = 0; c < oneOfSlot.Cases.Count; c++)
            {
                if (oneOfSlot.Cases[c].Count is { } caseCount)
                {
                    caseCounts.Add(new CaseCountRule(c, oneOfSlot.Cases[c].Name, caseCount.Min, caseCount.Max));
                }
            }
        }

        if (slot.Check is not { } check)
        {
            return nested || typed || caseCounts.Count > 0
                ? SlotChecks.None with { ValueRules = TypedValues.Rules(typed), HasNestedChecks = nested, HasChecks = true, CaseCounts = caseCounts.ToEquatableArray() }
                : SlotChecks.None;
        }

        if (check.Severity is not (CheckSeverity.Info or CheckSeverity.Warning or CheckSeverity.Error))
        {
            throw Invalid($"The slot '{slot.Name}' has the severity {check.Severity}, which the language does not have.");
        }

        CountRule? count = slot.Cardinality == Cardinality.Repeat && check.CountMin is { } countMin
            ? new CountRule(countMin, check.CountMax ?? int.MaxValue)
            : null;

        // Value rules read one line's text: parts and oneOf items are checked through their own slots.
        var rules = new List<ValueRule>(TypedValues.Rules(typed));
        if (read is LineRead or MarkerRead)
        {
            Add(rules, check.MinLength, static n => new MinLengthRule(n));
            Add(rules, check.MaxLength, static n => new MaxLengthRule(n));
            Add(rules, check.MinWords, static n => new MinWordsRule(n));
            Add(rules, check.MaxWords, static n => new MaxWordsRule(n));
            if (check.Pattern is { } pattern)
            {
                rules.Add(new PatternRule(pattern, NeedsBacktracking(pattern)));
            }

            if (check.NotEmpty)
            {
                rules.Add(new NotEmptyRule());
            }

            if (check.OneOf.Count > 0)
            {
                rules.Add(new OneOfRule(check.OneOf));
            }

            if (check.SpeakerRequired && read is LineRead { Value: ValueKind.Attribution })
            {
                rules.Add(new SpeakerRequiredRule());
            }

            if (check.SpeakerRequired && read is LineRead { Value: ValueKind.Quotes })
            {
                rules.Add(new QuoteSpeakerRequiredRule());
            }

            if (check.AttributedWithin is { } paragraphs && read is LineRead { Value: ValueKind.Quotes })
            {
                rules.Add(new AttributedWithinRule(paragraphs));
            }
        }

        return new SlotChecks(check.Severity, check.Message, count, rules.ToEquatableArray(), nested, HasChecks: true)
        {
            CaseCounts = caseCounts.ToEquatableArray(),
        };
    }

    private static void Add(List<ValueRule> rules, int? limit, Func<int, ValueRule> create)
    {
        if (limit is { } value)
        {
            rules.Add(create(value));
        }
    }

    private bool HasPartCaseWithChecks(OneOfRead oneOf)
    {
        foreach (CasePlan @case in oneOf.Cases)
        {
            if (@case.Read is PartRead part && parts[part.Part].HasChecks)
            {
                return true;
            }
        }

        return false;
    }

    // The marker table is indexed by generated code; a marker missing from it is a schema the loader did not make.
    private int MarkerIndex(MarkerDefinition marker)
    {
        for (int i = 0; i < schema.Markers.Count; i++)
        {
            if (schema.Markers[i] == marker)
            {
                return i;
            }
        }

        throw Invalid($"The marker \"{marker.Text}\" is used but not listed in the schema's markers.");
    }

    /// <summary>A line class by name: a built-in, or a class the schema declares.</summary>
    private LineCondition ClassReference(string name)
    {
        if (BuiltInLineClasses.TryParse(name, out BuiltInLineClass builtIn))
        {
            return new BuiltInCondition(builtIn);
        }

        return declaredClasses.ContainsKey(name)
            ? new DeclaredClassCondition(name)
            : throw Invalid($"The schema uses the line class '{name}' but does not declare it.");
    }

    private LineCondition Resolve(Predicate predicate) => predicate switch
    {
        ClassPredicate p => ClassReference(p.Name),
        NotPredicate p => new NotCondition(Resolve(p.Operand)),
        AllPredicate p => Combine(p.Operands, all: true),
        AnyPredicate p => Combine(p.Operands, all: false),
        EndsWithPredicate p => new EndsWithCondition(p.Suffixes),
        StartsWithPredicate p => new StartsWithCondition(p.Prefixes),
        WordCountPredicate p => new WordCountCondition(p.Min, p.Max),
        LengthPredicate p => new LengthCondition(p.Min, p.Max),
        PatternPredicate p => new PatternCondition(p.Pattern, NeedsBacktracking(p.Pattern)),
        BlockPredicate p => new BlockCondition(p.Kinds),
        LevelPredicate p => new LevelCondition(p.Min, p.Max),
        IndentPredicate p => new IndentCondition(p.Min, p.Max),
        _ => throw Invalid($"The predicate {predicate.GetType().Name} is not one the language has."),
    };

    // An operand that cannot change the result (true in 'all', false in 'any') is dropped; an empty combination is
    // its identity, and a single operand stands for itself.
    private LineCondition Combine(EquatableArray<Predicate> operands, bool all)
    {
        var kept = new List<LineCondition>(operands.Count);
        foreach (Predicate operand in operands)
        {
            LineCondition resolved = Resolve(operand);
            bool neutral = all
                ? resolved is ConstantCondition { Result: true } or BuiltInCondition { Class: BuiltInLineClass.Any }
                : resolved is ConstantCondition { Result: false };
            if (!neutral)
            {
                kept.Add(resolved);
            }
        }

        return kept.Count switch
        {
            0 => new ConstantCondition(all),
            1 => kept[0],
            _ => all ? new AllCondition(kept.ToEquatableArray()) : new AnyCondition(kept.ToEquatableArray()),
        };
    }

    // A loaded schema has no cycles (CD1018); a hand-built one could, and would recurse forever when run.
    private void EnsureNoSelfReference(string name, Predicate predicate, HashSet<string> path)
    {
        if (acyclicClasses.Contains(name))
        {
            return;
        }

        if (!path.Add(name))
        {
            throw Invalid($"The line class '{name}' refers to itself.");
        }

        foreach (string reference in References(predicate))
        {
            if (declaredClasses.TryGetValue(reference, out LineClass? inner))
            {
                EnsureNoSelfReference(inner.Name, inner.Predicate, path);
            }
        }

        path.Remove(name);
        acyclicClasses.Add(name);
    }

    private static IEnumerable<string> References(Predicate predicate)
    {
        var pending = new Stack<Predicate>();
        pending.Push(predicate);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case ClassPredicate p:
                    yield return p.Name;
                    break;
                case NotPredicate p:
                    pending.Push(p.Operand);
                    break;
                case AllPredicate p:
                    PushAll(pending, p.Operands);
                    break;
                case AnyPredicate p:
                    PushAll(pending, p.Operands);
                    break;
            }
        }
    }

    private static void PushAll(Stack<Predicate> pending, EquatableArray<Predicate> operands)
    {
        foreach (Predicate operand in operands)
        {
            pending.Push(operand);
        }
    }

    private static ArgumentException Invalid(string message) => new(message, nameof(schema));

    // Which engine runs a pattern is decided here, from the same analysis that reports CD1040.
    internal static bool NeedsBacktracking(string pattern) => PatternSafety.FindBacktrackingConstruct(pattern) is not null;
}
