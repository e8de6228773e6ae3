using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Microsoft.CodeAnalysis.CSharp;

namespace Copydesk.Generator.Emitter;

/// <summary>
/// Prints the plan's parse as C#: one method per owner (the layout, each part) reading its slots in order, and one
/// per slot reading one occurrence. Repeats are loops, so the stack depth depends on the schema, never on the
/// article. Locals are named after the slots they hold.
/// </summary>
internal sealed class ParserEmitter
{
    private const string Parsing = EmitContext.Runtime + ".Parsing";
    private const string TextNs = EmitContext.Runtime + ".Text";
    private const string UnitType = EmitContext.Runtime + ".Units.TextUnit";

    // Precedence of a printed condition, so operands get parentheses only where C# needs them or a reader would.
    private const int Or = 1;
    private const int And = 2;
    private const int Unary = 3;
    private const int Primary = 4;

    private readonly EmitContext context;
    private readonly SourceWriter w;
    private readonly List<string> statics = new();
    private readonly Dictionary<string, string> classMethods = new();
    private readonly Dictionary<string, string> yieldFields = new();
    private readonly Dictionary<(string Owner, string Slot, string? Case), string> typedReads = new();
    private readonly string units;
    private readonly string state;
    private readonly string markers;

    private ParserEmitter(EmitContext context, SourceWriter writer)
    {
        this.context = context;
        w = writer;
        units = context.FixedMemberName("units");
        state = context.FixedMemberName("state");
        markers = context.FixedMemberName("Markers");
        if (context.Plan.FrontMatter is { } frontMatter)
        {
            FrontMatterEmitter.ClaimNames(context, frontMatter);
            context.FixedMemberName(FrontMatterField);
        }
    }

    // The parser's field holding the article's front matter, read before the body.
    private const string FrontMatterField = "frontMatter";

    public static void Emit(SourceWriter w, EmitContext context) => new ParserEmitter(context, w).Emit();

    private void Emit()
    {
        ParsePlan plan = context.Plan;

        // Every member is named before any method is written, so no local of a method can take a member's name.
        foreach (OwnerPlan owner in plan.Owners)
        {
            context.FixedMemberName(OwnerMethod(owner));
        }

        foreach (LineClassPlan lineClass in plan.LineClasses)
        {
            // A class written inline on a slot is named by its predicates, which is no identifier.
            classMethods[lineClass.Name] = SyntaxFacts.IsValidIdentifier(lineClass.Name)
                ? context.FixedMemberName("Class_" + lineClass.Name)
                : context.NewMemberName("Class_Inline");
        }

        var classBodies = plan.LineClasses.Select(c => (Method: classMethods[c.Name], Body: Expression(c.Condition, "unit", Or, c.Name))).ToList();
        foreach ((OwnerPlan owner, SlotPlan slot) in context.AllSlots())
        {
            NameMembers(owner, slot);
            DeclareYieldFields(slot.Read);
        }

        string article = context.ArticleType;
        string parser = context.ParserClass;
        w.WriteLine($"/// <summary>Reads {plan.TypeName} articles; one instance per parse.</summary>");
        w.WriteLine(TypesEmitter.GeneratedCodeAttribute);
        w.WriteLine($"file sealed class {parser}");
        w.OpenBlock();
        w.WriteLine($"private static readonly {TextNs}.Marker[] {markers} =");
        w.WriteLine("[");
        w.Indent();
        foreach (MarkerDefinition marker in plan.Markers)
        {
            w.WriteLine($"new {TextNs}.Marker({CSharp.Literal(marker.Text)}, {(marker.CapturesRest ? "true" : "false")}){MarkerOptions(marker)},");
        }

        w.Unindent();
        w.WriteLine("];");
        w.WriteLine();
        if (plan.FrontMatter is { } frontMatterPlan)
        {
            FrontMatterEmitter.EmitReader(w, context, frontMatterPlan);
            w.WriteLine();
        }

        foreach (OwnerPlan owner in plan.Owners)
        {
            WriteExpectations(owner);
        }

        foreach (string line in statics)
        {
            w.WriteLine(line);
        }

        w.WriteLine();
        w.WriteLine($"private readonly {Parsing}.ParseState {state};");
        w.WriteLine($"private readonly {UnitType}[] {units};");
        if (plan.FrontMatter is { } frontMatterRecord)
        {
            w.WriteLine($"private {FrontMatterEmitter.PropertyType(context, frontMatterRecord)}? {FrontMatterField};");
        }

        foreach (var (owner, slot) in context.AllSlots().Where(x => x.Slot.Repeat is { Strategy: RunStrategy.Cached }))
        {
            w.WriteLine($"private {Parsing}.RepeatCache<{context.ElementType(owner, slot)}>? {CacheField(owner, slot)};");
        }

        w.WriteLine();
        w.WriteLine($"private {parser}({UnitType}[] units, global::System.Threading.CancellationToken cancellationToken)");
        w.OpenBlock();
        w.WriteLine($"this.{units} = units;");
        w.WriteLine($"{state} = new {Parsing}.ParseState(units, {markers}, cancellationToken);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine($"public static {EmitContext.Runtime}.ParseResult<{article}> Parse(string text, global::System.Threading.CancellationToken cancellationToken)");
        w.OpenBlock();
        if (plan.FrontMatter is { } read)
        {
            WriteParseWithFrontMatter(read, parser, article);
        }
        else
        {
            w.WriteLine($"var parser = new {parser}({InputUnits(plan.Input)}, cancellationToken);");
            w.WriteLine("try");
            w.OpenBlock();
            w.WriteLine($"return parser.{OwnerMethod(plan.Layout)}(0, out var article, out int end) && parser.{state}.TryFinish(end)");
            w.WriteLine($"    ? {EmitContext.Runtime}.ParseResult<{article}>.Success(article)");
            w.WriteLine($"    : {EmitContext.Runtime}.ParseResult<{article}>.Failure([parser.{state}.CreateError()]);");
            w.CloseBlock();
        }

        w.WriteLine("catch (global::System.Text.RegularExpressions.RegexMatchTimeoutException timeout)");
        w.OpenBlock();
        w.WriteLine("// A pattern that needs backtracking ran out of time on a line: an issue there, never a silent mismatch.");
        w.WriteLine($"return {EmitContext.Runtime}.ParseResult<{article}>.Failure([parser.{state}.PatternTimedOut(timeout)]);");
        w.CloseBlock();
        w.CloseBlock();

        foreach ((string method, string body) in classBodies)
        {
            w.WriteLine();
            w.WriteLine($"private static bool {method}({UnitType} unit) => {body};");
        }

        foreach (OwnerPlan owner in plan.Owners)
        {
            WriteOwner(owner);
        }

        w.CloseBlock();
    }

    private void NameMembers(OwnerPlan owner, SlotPlan slot)
    {
        if (slot.After is not null)
        {
            AfterExpectation(owner, slot);
            AfterMethod(owner, slot);
        }

        switch (slot.Read)
        {
            case LineRead or MarkerRead:
                SlotExpectation(owner, slot);
                MatchMethod(owner, slot);
                DeclareTypedRead(slot.Read, (EmitContext.OwnerToken(owner), slot.Name, null), "Value_" + EmitContext.OwnerToken(owner) + "_" + slot.Name);
                break;
            case OneOfRead oneOf:
                foreach (CasePlan @case in oneOf.Cases.Where(c => c.Read is LineRead))
                {
                    CaseExpectation(owner, slot, @case);
                    DeclareTypedRead(@case.Read, (EmitContext.OwnerToken(owner), slot.Name, @case.Name), "Value_" + EmitContext.OwnerToken(owner) + "_" + slot.Name + "_" + @case.Name);
                }

                MatchMethod(owner, slot);
                break;
        }

        if (slot.Repeat is { Strategy: RunStrategy.Cached })
        {
            CacheField(owner, slot);
        }
    }

    // A typed or captured line reads with static parsers and patterns, built once; the read is printed where the line is matched.
    private void DeclareTypedRead(SlotRead read, (string Owner, string Slot, string? Case) key, string candidate)
    {
        if (read is LineRead { Spec: { } spec })
        {
            typedReads.Add(key, TypedValueEmitter.Reader(context, statics, candidate, spec, $"{units}[position].ToTextLine()"));
        }
        else if (read is LineRead { Capture: { } capture })
        {
            typedReads.Add(key, CaptureEmitter.Reader(context, statics, candidate, capture, $"{units}[position].ToTextLine()", state));
        }
    }

    private void WriteExpectations(OwnerPlan owner)
    {
        foreach (SlotPlan slot in owner.Slots)
        {
            if (slot.After is { } after)
            {
                WriteExpectation(AfterExpectation(owner, slot), after.Expectation);
            }

            switch (slot.Read)
            {
                case LineRead line:
                    WriteExpectation(SlotExpectation(owner, slot), line.Expectation);
                    break;
                case MarkerRead marker:
                    WriteExpectation(SlotExpectation(owner, slot), marker.Expectation);
                    break;
                case OneOfRead oneOf:
                    foreach (CasePlan @case in oneOf.Cases)
                    {
                        if (@case.Read is LineRead caseLine)
                        {
                            WriteExpectation(CaseExpectation(owner, slot, @case), caseLine.Expectation);
                        }
                    }

                    break;
            }
        }
    }

    private void WriteExpectation(string field, ExpectationPlan expectation) =>
        w.WriteLine($"private static readonly {Parsing}.Expectation {field} = new({CSharp.Literal(expectation.Slot)}, {CSharp.Literal(expectation.What)});");

    // Expectations of a slot, its 'after' marker and its cases share the prefix, so one key space keeps them apart.
    private string SlotExpectation(OwnerPlan owner, SlotPlan slot) => context.MemberName("Expect", owner, slot);

    private string AfterExpectation(OwnerPlan owner, SlotPlan slot) => context.MemberName("Expect", owner, slot, "after");

    private string CaseExpectation(OwnerPlan owner, SlotPlan slot, CasePlan @case) => context.MemberName("Expect", owner, slot, @case.Name, "case");

    private string CacheField(OwnerPlan owner, SlotPlan slot) => context.MemberName("runs", owner, slot);

    private string AfterMethod(OwnerPlan owner, SlotPlan slot) => context.MemberName("MatchAfter", owner, slot);

    /// <summary>The method that reads one occurrence of the slot: the part's own method for a part slot.</summary>
    private string MatchMethod(OwnerPlan owner, SlotPlan slot) =>
        slot.Read is PartRead part ? OwnerMethod(context.Plan.GetPart(part.Part)) : context.MemberName("Match", owner, slot);

    private static string OwnerMethod(OwnerPlan owner) => owner.IsLayout ? "TryLayout" : "Try" + EmitContext.OwnerToken(owner);

    private void WriteOwner(OwnerPlan owner)
    {
        var locals = new LocalNames(context, "start", "value", "end", "position");
        w.WriteLine();
        w.WriteLine($"private bool {OwnerMethod(owner)}(int start, out {context.OwnerType(owner)} value, out int end)");
        w.OpenBlock();
        w.WriteLine("value = null!;");
        w.WriteLine("end = start;");
        w.WriteLine("int position = start;");
        var values = new List<string>(owner.Slots.Count);
        foreach (SlotPlan slot in owner.Slots)
        {
            w.WriteLine();
            w.WriteLine(context.SlotComment(slot));
            if (slot.Section is { } section)
            {
                w.WriteLine($"{state}.Section = {CSharp.Literal(section)};");
            }

            if (slot.After is not null)
            {
                string read = locals.New(slot.Name);
                string readEnd = locals.New(slot.Name + "End");
                w.WriteLine($"if (!{AfterMethod(owner, slot)}(position, out var {read}, out int {readEnd}))");
                w.OpenBlock();
                w.WriteLine($"{read} = {EmptyValue(owner, slot)};");
                w.WriteLine($"{readEnd} = position;");
                w.CloseBlock();
                w.WriteLine();
                w.WriteLine($"position = {readEnd};");
                values.Add(ValueOf(slot, read));
            }
            else
            {
                values.Add(ValueOf(slot, WriteOccurrences(owner, slot, locals)));
            }
        }

        w.WriteLine();
        string frontMatterArgument = owner.IsLayout && context.Plan.FrontMatter is not null ? FrontMatterField + "!, " : string.Empty;
        w.WriteLine($"value = new {context.OwnerType(owner)}({frontMatterArgument}{string.Concat(values.Select(v => v + ", "))}{state}.SpanOf(start, position));");
        w.WriteLine("end = position;");
        w.WriteLine("return true;");
        w.CloseBlock();

        foreach (SlotPlan slot in owner.Slots)
        {
            if (slot.After is not null)
            {
                WriteAfterMethod(owner, slot);
            }

            if (slot.Read is not PartRead)
            {
                WriteMatchMethod(owner, slot);
            }
        }
    }

    // Taken items are held as they are (their default is none) until the owner's value is built.
    private string EmptyValue(OwnerPlan owner, SlotPlan slot) =>
        slot.Repeat is { ListsOnceOwnerMatches: true } ? "default"
        : slot.Repeat is not null ? context.PropertyType(owner, slot) + ".Empty"
        : "null";

    /// <summary>
    /// The expression of the slot's value in the owner's constructor call, given the local that holds what it read:
    /// items a repeat took from a cache are listed there, once every slot has matched, so a part that fails after the
    /// repeat never copies the items its run shares with a run it joined.
    /// </summary>
    private static string ValueOf(SlotPlan slot, string read) =>
        slot.Repeat is { ListsOnceOwnerMatches: true } ? read + ".ToList()" : read;

    /// <summary>The type of what the slot's <c>after:</c> method reads: the items taken, for a repeat listed once its owner matches.</summary>
    private string AfterValueType(OwnerPlan owner, SlotPlan slot) =>
        slot.Repeat is { ListsOnceOwnerMatches: true } ? $"{Parsing}.RepeatItems<{context.ElementType(owner, slot)}>" : context.PropertyType(owner, slot);

    /// <summary>
    /// Reads the slot once, optionally or repeatedly into a new local, advancing <c>position</c>, or returns
    /// <see langword="false"/>. Returns the local that holds what it read (see <see cref="ValueOf"/>).
    /// </summary>
    private string WriteOccurrences(OwnerPlan owner, SlotPlan slot, LocalNames locals)
    {
        string match = MatchMethod(owner, slot);
        string element = context.ElementType(owner, slot);
        string read = locals.New(slot.Name);
        if (slot.Repeat is { } repeat)
        {
            return WriteRepeat(owner, slot, repeat, match, element, read, locals);
        }

        string readEnd = locals.New(slot.Name + "End");
        switch (slot.Cardinality)
        {
            case Cardinality.One:
                w.WriteLine($"if (!{match}(position, out var {read}, out int {readEnd}))");
                w.OpenBlock();
                w.WriteLine("return false;");
                w.CloseBlock();
                w.WriteLine();
                w.WriteLine($"position = {readEnd};");
                break;

            case Cardinality.Optional:
                string found = locals.New(slot.Name + "Found");
                w.WriteLine($"{element}? {read} = null;");
                w.WriteLine($"if ({match}(position, out var {found}, out int {readEnd}))");
                w.OpenBlock();
                w.WriteLine($"{read} = {found};");
                w.WriteLine($"position = {readEnd};");
                w.CloseBlock();
                break;

            default:
                throw EmitContext.Unknown(slot.Cardinality);
        }

        return read;
    }

    /// <summary>
    /// Reads the repeat into <paramref name="read"/> and returns it: a list, or the items taken from a cache, which
    /// <see cref="ValueOf"/> lists where the owner's value is built.
    /// </summary>
    private string WriteRepeat(OwnerPlan owner, SlotPlan slot, RepeatPlan repeat, string match, string element, string read, LocalNames locals)
    {
        string run = locals.New(slot.Name + "Run");
        string item = locals.New(slot.Name + "Item");
        string itemEnd = locals.New(slot.Name + "ItemEnd");
        switch (repeat.Strategy)
        {
            case RunStrategy.Cached:
                // The run that covers this line, read further only while the repeat needs more items than it holds; a
                // run that reaches another's item boundary joins it, so the next line is asked of the run each time.
                string cache = CacheField(owner, slot);
                string index = locals.New(slot.Name + "Index");
                string scan = locals.New(slot.Name + "Scan");
                string readEnd = locals.New(slot.Name + "End");
                w.WriteLine($"{cache} ??= new {Parsing}.RepeatCache<{element}>({units}.Length);");
                w.WriteLine($"var {run} = {cache}.Find(position, out int {index});");
                w.WriteLine($"while ({run}.Wants({index}, {Int(repeat.Max)}))");
                w.OpenBlock();
                w.WriteLine($"int {scan} = {run}.NextLine;");
                w.WriteLine($"if (!{match}({scan}, out var {item}, out int {itemEnd}) || {itemEnd} <= {scan})");
                w.OpenBlock();
                w.WriteLine($"{run}.Close();");
                w.WriteLine("break;");
                w.CloseBlock();
                w.WriteLine();
                w.WriteLine($"{cache}.Add({run}, {item}, {itemEnd});");
                w.CloseBlock();
                w.WriteLine();
                w.WriteLine($"var {read} = {run}.Take({index}, {Int(repeat.Max)}, position, out int {readEnd});");
                WriteMinimumCheck(repeat, read);
                w.WriteLine();
                w.WriteLine($"position = {readEnd};");
                return read;

            case RunStrategy.SizedForLinesLeft or RunStrategy.Growing:
                string newRun = repeat.Strategy == RunStrategy.SizedForLinesLeft
                    ? $"{Parsing}.RepeatRun<{element}>.ForLinesLeft({units}.Length - position, {Int(repeat.Max)})"
                    : $"new {Parsing}.RepeatRun<{element}>()";
                w.WriteLine($"var {run} = {newRun};");
                string limit = repeat.Max == int.MaxValue ? string.Empty : $"{run}.Count < {Int(repeat.Max)} && ";
                w.WriteLine($"while ({limit}{match}(position, out var {item}, out int {itemEnd}) && {itemEnd} > position)");
                w.OpenBlock();
                w.WriteLine($"{run}.Add({item}, {itemEnd});");
                w.WriteLine($"position = {itemEnd};");
                w.CloseBlock();
                w.WriteLine();
                // A typed discard: a bare '_' would bind to a namespace named '_', which another schema may declare.
                w.WriteLine($"var {read} = {run}.Slice(0, position, out int _);");
                WriteMinimumCheck(repeat, read);
                return read;

            default:
                throw EmitContext.Unknown(repeat.Strategy);
        }
    }

    private void WriteMinimumCheck(RepeatPlan repeat, string read)
    {
        if (repeat.Min > 0)
        {
            w.WriteLine($"if ({read}.Count < {Int(repeat.Min)})");
            w.OpenBlock();
            w.WriteLine("return false;");
            w.CloseBlock();
        }
    }

    private void WriteAfterMethod(OwnerPlan owner, SlotPlan slot)
    {
        var locals = new LocalNames(context, "start", "value", "end", "position");
        w.WriteLine();
        w.WriteLine(context.SlotComment(slot));
        w.WriteLine($"private bool {AfterMethod(owner, slot)}(int start, out {AfterValueType(owner, slot)} value, out int end)");
        w.OpenBlock();
        w.WriteLine("value = default;");
        w.WriteLine("end = start;");
        w.WriteLine($"{state}.CountRead();");
        w.WriteLine($"if (start >= {units}.Length || !{markers}[{slot.After!.MarkerIndex}].Matches({units}[start].AsSpan()))");
        w.OpenBlock();
        w.WriteLine($"{state}.Fail(start, {AfterExpectation(owner, slot)});");
        w.WriteLine("return false;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("int position = start + 1;");
        string read = WriteOccurrences(owner, slot, locals);
        w.WriteLine($"value = {read};");
        w.WriteLine("end = position;");
        w.WriteLine("return true;");
        w.CloseBlock();
    }

    private void WriteMatchMethod(OwnerPlan owner, SlotPlan slot)
    {
        w.WriteLine();
        w.WriteLine(context.SlotComment(slot));
        w.WriteLine($"private bool {MatchMethod(owner, slot)}(int position, out {context.ElementType(owner, slot)} value, out int end)");
        w.OpenBlock();
        switch (slot.Read)
        {
            case LineRead line:
                WriteLineAttempt(LineCondition(line), LineValue(line, (EmitContext.OwnerToken(owner), slot.Name, null)), SlotExpectation(owner, slot));
                break;

            case MarkerRead marker:
                WriteLineAttempt(
                    $"position < {units}.Length && {markers}[{marker.MarkerIndex}].Matches({units}[position].AsSpan())",
                    $"{markers}[{marker.MarkerIndex}].Read({units}[position].ToTextLine())",
                    SlotExpectation(owner, slot));
                break;

            case OneOfRead oneOf:
                var locals = new LocalNames(context, "position", "value", "end");
                foreach (CasePlan @case in oneOf.Cases)
                {
                    string caseType = context.CaseType(owner, slot, @case);
                    if (@case != oneOf.Cases[0])
                    {
                        w.WriteLine();
                    }

                    w.WriteLine($"// {string.Join(" ", CSharp.DocLines(@case.Name))}");
                    switch (@case.Read)
                    {
                        case PartRead casePart:
                            string read = locals.New(@case.Name);
                            w.WriteLine($"if ({OwnerMethod(context.Plan.GetPart(casePart.Part))}(position, out var {read}, out end))");
                            w.OpenBlock();
                            w.WriteLine($"value = new {caseType}({read});");
                            w.WriteLine("return true;");
                            w.CloseBlock();
                            break;
                        case LineRead caseLine:
                            WriteLineAttempt(LineCondition(caseLine), $"new {caseType}({LineValue(caseLine, (EmitContext.OwnerToken(owner), slot.Name, @case.Name))})", CaseExpectation(owner, slot, @case));
                            break;
                        default:
                            throw EmitContext.Unknown(@case.Read);
                    }
                }

                break;

            default:
                throw EmitContext.Unknown(slot.Read);
        }

        w.WriteLine("value = default!;");
        w.WriteLine("end = position;");
        w.WriteLine("return false;");
        w.CloseBlock();
    }

    private void WriteLineAttempt(string condition, string value, string expectation)
    {
        // Every line read is counted, as the interpreter counts it, so a cancelled parse stops within 1,024 of them.
        w.WriteLine($"{state}.CountRead();");
        w.WriteLine($"if ({condition})");
        w.OpenBlock();
        w.WriteLine($"value = {value};");
        w.WriteLine("end = position + 1;");
        w.WriteLine("return true;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine($"{state}.Fail(position, {expectation});");
    }

    // A line of a class: there, not reserved for a marker, and passing the class's test (which 'any' always passes).
    private string LineCondition(LineRead read)
    {
        LineCondition test = read.Test;
        string there = read.YieldsTo.Count == 0
            ? $"position < {units}.Length && !{state}.IsReserved(position)"
            : $"position < {units}.Length && !{state}.IsReserved(position, {YieldField(read.YieldsTo)})";
        return test is BuiltInCondition { Class: BuiltInLineClass.Any } ? there : there + " && " + Expression(test, $"{units}[position]", And, null);
    }

    // Line reads in slots and in cases; their yield arrays are static fields, declared before any method is written.
    private void DeclareYieldFields(SlotRead read)
    {
        IEnumerable<SlotRead> reads = read is OneOfRead oneOf ? oneOf.Cases.Select(@case => @case.Read) : new[] { read };
        foreach (LineRead line in reads.OfType<LineRead>().Where(line => line.YieldsTo.Count > 0))
        {
            YieldField(line.YieldsTo);
        }
    }

    // The markers a line read yields to, as one static array per distinct set; declared after the marker table it indexes.
    private string YieldField(EquatableArray<int> markerIndexes)
    {
        string key = string.Join(",", markerIndexes);
        if (!yieldFields.TryGetValue(key, out string? name))
        {
            name = context.NewMemberName("YieldsTo");
            yieldFields.Add(key, name);
            statics.Add($"private static readonly {TextNs}.Marker[] {name} = [{string.Join(", ", markerIndexes.Select(i => $"{markers}[{Int(i)}]"))}];");
        }

        return name;
    }

    // Only options that differ from the runtime's defaults are written, so a schema without them prints as before.
    private static string MarkerOptions(MarkerDefinition marker)
    {
        var options = new List<string>();
        if (marker.OtherTexts.Count > 0)
        {
            options.Add($"Alternatives = [{string.Join(", ", marker.Texts.Select(CSharp.Literal))}]");
        }

        if (marker.CaseSensitive)
        {
            options.Add("CaseSensitive = true");
        }

        if (marker.Scope == MarkerScope.WhereRead)
        {
            options.Add("ReservedEverywhere = false");
        }

        return options.Count == 0 ? string.Empty : " { " + string.Join(", ", options) + " }";
    }

    private string LineValue(LineRead line, (string Owner, string Slot, string? Case) key) => line.Value switch
    {
        ValueKind.Quoted => $"{TextNs}.ValueParsers.Quoted({units}[position].ToTextLine())",
        ValueKind.Attribution => $"{TextNs}.ValueParsers.Attribution({units}[position].ToTextLine())",
        ValueKind.Text => $"{units}[position].ToTextLine()",
        ValueKind.Typed or ValueKind.Captured => typedReads[key],
        ValueKind.Quotes => $"{state}.ReadQuotes(position)",
        _ => throw EmitContext.Unknown(line.Value),
    };

    /// <summary>The condition as a C# expression over <paramref name="unit"/>, in parentheses when its context binds tighter.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="unit">The expression of the unit tested.</param>
    /// <param name="needs">The precedence the surrounding expression needs.</param>
    /// <param name="lineClass">The line class being printed, to name its static fields; <see langword="null"/> inside a slot.</param>
    private string Expression(LineCondition condition, string unit, int needs, string? lineClass)
    {
        // The unit's characters: tested without making its string.
        string text = unit + ".AsSpan()";
        (string code, int precedence) = condition switch
        {
            BuiltInCondition { Class: BuiltInLineClass.Any } => ("true", Primary),
            BuiltInCondition { Class: BuiltInLineClass.Sentence } => ($"{TextNs}.TextRules.IsSentence({text})", Primary),
            BuiltInCondition { Class: BuiltInLineClass.Label } => ($"!{TextNs}.TextRules.IsSentence({text})", Unary),
            DeclaredClassCondition p => ($"{classMethods[p.Name]}({unit})", Primary),
            ConstantCondition p => (p.Result ? "true" : "false", Primary),
            NotCondition p => ("!" + Expression(p.Operand, unit, Primary, lineClass), Unary),
            AllCondition p => (string.Join(" && ", p.Operands.Select(o => Expression(o, unit, And, lineClass))), And),
            AnyCondition p => (string.Join(" || ", p.Operands.Select(o => Expression(o, unit, Unary, lineClass))), Or),
            EndsWithCondition p => ($"{TextNs}.TextRules.EndsWithAny({text}, {AddStrings("Suffixes", lineClass, p.Suffixes)})", Primary),
            StartsWithCondition p => ($"{TextNs}.TextRules.StartsWithAny({text}, {AddStrings("Prefixes", lineClass, p.Prefixes)})", Primary),
            WordCountCondition p => ($"{TextNs}.TextRules.WordCountWithin({text}, {Int(p.Min)}, {Int(p.Max)})", Primary),
            LengthCondition p => ($"{unit}.Length >= {Int(p.Min)} && {unit}.Length <= {Int(p.Max)}", And),
            BlockCondition p => (string.Join(" || ", p.Kinds.Select(kind => $"{unit}.Kind == {EmitContext.Runtime}.Units.UnitKind.{char.ToUpperInvariant(kind[0])}{kind.Substring(1)}")), p.Kinds.Count > 1 ? Or : Primary),
            LevelCondition p => (Within($"{unit}.Level", p.Min, p.Max), And),
            IndentCondition p => (Within($"{unit}.Indentation", p.Min, p.Max), And),
            PatternCondition p => ($"{TextNs}.TextRules.IsMatch({AddPattern(context, statics, classMethods[lineClass!] + "_Pattern", p.Pattern, p.Backtracking)}, {unit})", Primary),
            _ => throw EmitContext.Unknown(condition),
        };
        return precedence < needs ? "(" + code + ")" : code;
    }

    private static string Within(string value, int min, int max) =>
        max == int.MaxValue ? $"{value} >= {Int(min)}" : min == max ? $"{value} == {Int(min)}" : $"{value} >= {Int(min)} && {value} <= {Int(max)}";

    private string AddStrings(string kind, string? lineClass, EquatableArray<string> values)
    {
        string name = context.NewMemberName(classMethods[lineClass!] + "_" + kind);
        statics.Add($"private static readonly string[] {name} = [{string.Join(", ", values.Select(CSharp.Literal))}];");
        return name;
    }

    /// <summary>
    /// Declares a schema pattern as a static field named <paramref name="candidate"/> (numbered if taken), built by the
    /// runtime's <c>TextRules.CreatePattern</c> on the engine the plan chose, so generated code and the interpreter share
    /// its options and time budget.
    /// </summary>
    public static string AddPattern(EmitContext context, List<string> statics, string candidate, string pattern, bool backtracking)
    {
        string name = context.NewMemberName(candidate);
        statics.Add(
            $"private static readonly global::System.Text.RegularExpressions.Regex {name} = {TextNs}.TextRules.CreatePattern({CSharp.Literal(pattern)}, backtracking: {(backtracking ? "true" : "false")});");
        return name;
    }

    /// <summary>The call that turns the article text into the units the plan's input model reads.</summary>
    // The runtime call that makes the units; after front matter, the body starts at bodyOffset and keeps its line numbers.
    private static string InputUnits(InputModel input, string? bodyOffset = null)
    {
        string body = bodyOffset is null ? string.Empty : $", bodyOffset: {bodyOffset}";
        return input.Kind switch
        {
            InputKind.Lines => $"{EmitContext.Runtime}.Units.ArticleUnits.Lines(text{body})",
            InputKind.Paragraphs => $"{EmitContext.Runtime}.Units.ArticleUnits.Paragraphs(text, indentStartsParagraph: {(input.IndentStartsParagraph ? "true" : "false")}{body})",
            InputKind.Markdown => $"global::Copydesk.Markup.Markdown.MarkdownUnits.Read(text{body})",
            _ => throw EmitContext.Unknown(input.Kind),
        };
    }

    public static string Int(int value) => value == int.MaxValue ? "int.MaxValue" : value.ToString(CultureInfo.InvariantCulture);

    // The front matter is read first and the body after its closing fence, with the body's real line numbers; the
    // body is parsed even when the front matter failed, so one parse reports the errors of both, in document order.
    private void WriteParseWithFrontMatter(FrontMatterPlan plan, string parser, string article)
    {
        w.WriteLine($"var frontMatter = global::Copydesk.Markup.FrontMatter.FrontMatterReader.Read(text, {FrontMatterEmitter.SpecField});");
        w.WriteLine($"var parser = new {parser}({InputUnits(context.Plan.Input, "frontMatter.BodyOffset")}, cancellationToken);");
        w.WriteLine($"parser.{FrontMatterField} = frontMatter.Values is {{ }} values ? {FrontMatterEmitter.Build(plan, "values")} : null;");
        w.WriteLine("try");
        w.OpenBlock();
        w.WriteLine($"bool parsed = parser.{OwnerMethod(context.Plan.Layout)}(0, out var article, out int end) && parser.{state}.TryFinish(end);");
        w.WriteLine("if (!frontMatter.Succeeded)");
        w.OpenBlock();
        w.WriteLine($"return {EmitContext.Runtime}.ParseResult<{article}>.Failure(frontMatter.ErrorsWith(parsed ? null : parser.{state}.CreateError()));");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("return parsed");
        w.WriteLine($"    ? {EmitContext.Runtime}.ParseResult<{article}>.Success(article)");
        w.WriteLine($"    : {EmitContext.Runtime}.ParseResult<{article}>.Failure([parser.{state}.CreateError()]);");
        w.CloseBlock();
    }

}
