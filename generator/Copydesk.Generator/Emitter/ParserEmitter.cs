using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;

namespace Copydesk.Generator.Emitter;

/// <summary>
/// Emits the parser: one method per part and per slot, implementing the PEG semantics over lines.
/// Repeats are loops, so the stack depth depends on the schema, never on the article.
/// </summary>
internal sealed class ParserEmitter
{
    private const string Parsing = EmitContext.Runtime + ".Parsing";
    private const string TextNs = EmitContext.Runtime + ".Text";

    private readonly EmitContext context;
    private readonly SourceWriter w;
    private readonly List<string> statics = new();
    private readonly Dictionary<string, string> classExpressions = new();

    private ParserEmitter(EmitContext context, SourceWriter writer)
    {
        this.context = context;
        w = writer;
    }

    public static void Emit(SourceWriter w, EmitContext context) => new ParserEmitter(context, w).Emit();

    private void Emit()
    {
        ParsePlan plan = context.Plan;
        foreach (LineClassPlan lineClass in plan.LineClasses)
        {
            classExpressions[lineClass.Name] = Expression(lineClass.Condition);
        }

        string article = context.ArticleType;
        string parser = context.ParserClass;
        w.WriteLine($"/// <summary>Reads {plan.TypeName} articles; one instance per parse.</summary>");
        w.WriteLine(TypesEmitter.GeneratedCodeAttribute);
        w.WriteLine($"file sealed class {parser}");
        w.OpenBlock();
        w.WriteLine($"private static readonly {TextNs}.Marker[] Markers =");
        w.WriteLine("[");
        w.Indent();
        foreach (MarkerDefinition marker in plan.Markers)
        {
            w.WriteLine($"new {TextNs}.Marker({CSharp.Literal(marker.Text)}, {(marker.CapturesRest ? "true" : "false")}),");
        }

        w.Unindent();
        w.WriteLine("];");
        w.WriteLine();
        foreach (OwnerPlan owner in plan.Owners)
        {
            WriteExpectations(owner);
        }

        foreach (string line in statics)
        {
            w.WriteLine(line);
        }

        w.WriteLine();
        w.WriteLine($"private readonly {Parsing}.LineParser state;");
        w.WriteLine($"private readonly {EmitContext.TextLineType}[] lines;");
        foreach (var (owner, slot) in context.AllSlots().Where(x => x.Slot.Repeat is { Strategy: RunStrategy.Cached }))
        {
            w.WriteLine($"private {Parsing}.RepeatCache<{context.ElementType(owner, slot)}>? {CacheField(owner, slot)};");
        }

        w.WriteLine();
        w.WriteLine($"private {parser}({EmitContext.TextLineType}[] lines)");
        w.OpenBlock();
        w.WriteLine("this.lines = lines;");
        w.WriteLine($"state = new {Parsing}.LineParser(lines, Markers);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine($"public static {EmitContext.Runtime}.ParseResult<{article}> Parse(string text)");
        w.OpenBlock();
        w.WriteLine($"var parser = new {parser}({TextNs}.ArticleText.SplitLines(text));");
        w.WriteLine("return parser.TryLayout(0, out var article, out int end) && parser.state.TryFinish(end)");
        w.WriteLine($"    ? {EmitContext.Runtime}.ParseResult<{article}>.Success(article)");
        w.WriteLine($"    : {EmitContext.Runtime}.ParseResult<{article}>.Failure([parser.state.CreateError()]);");
        w.CloseBlock();

        foreach (LineClassPlan lineClass in plan.LineClasses)
        {
            w.WriteLine();
            w.WriteLine($"private static bool Class_{lineClass.Name}(string text) => {classExpressions[lineClass.Name]};");
        }

        foreach (OwnerPlan owner in plan.Owners)
        {
            WriteOwner(owner);
        }

        w.CloseBlock();
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

    private string MatchMethod(OwnerPlan owner, SlotPlan slot) => context.MemberName("Match", owner, slot);

    private string AfterMethod(OwnerPlan owner, SlotPlan slot) => context.MemberName("MatchAfter", owner, slot);

    private static string OwnerMethod(OwnerPlan owner) => owner.IsLayout ? "TryLayout" : "Try" + EmitContext.OwnerToken(owner);

    private void WriteOwner(OwnerPlan owner)
    {
        EquatableArray<SlotPlan> slots = owner.Slots;
        w.WriteLine();
        w.WriteLine($"private bool {OwnerMethod(owner)}(int start, out {context.OwnerType(owner)} value, out int end)");
        w.OpenBlock();
        w.WriteLine("value = null!;");
        w.WriteLine("end = start;");
        w.WriteLine("int position = start;");
        for (int i = 0; i < slots.Count; i++)
        {
            SlotPlan slot = slots[i];
            w.WriteLine();
            w.WriteLine($"// {slot.Name}");
            if (slot.Section is { } section)
            {
                w.WriteLine($"state.Section = {CSharp.Literal(section)};");
            }

            if (slot.After is not null)
            {
                w.WriteLine($"if (!{AfterMethod(owner, slot)}(position, out var v{i}, out int n{i}))");
                w.OpenBlock();
                w.WriteLine($"v{i} = {EmptyValue(owner, slot)};");
                w.WriteLine($"n{i} = position;");
                w.CloseBlock();
                w.WriteLine();
                w.WriteLine($"position = n{i};");
            }
            else
            {
                WriteCardinality(owner, slot, i);
            }
        }

        w.WriteLine();
        string arguments = string.Concat(Enumerable.Range(0, slots.Count).Select(i => $"v{i}, "));
        w.WriteLine($"value = new {context.OwnerType(owner)}({arguments}state.SpanOf(start, position));");
        w.WriteLine("end = position;");
        w.WriteLine("return true;");
        w.CloseBlock();

        foreach (SlotPlan slot in slots)
        {
            if (slot.After is not null)
            {
                WriteAfterMethod(owner, slot);
            }

            WriteMatchMethod(owner, slot);
        }
    }

    private string EmptyValue(OwnerPlan owner, SlotPlan slot) =>
        slot.Repeat is not null ? context.PropertyType(owner, slot) + ".Empty" : "null";

    /// <summary>Reads the slot into local <c>v{index}</c> and advances <c>position</c>, or returns <see langword="false"/>.</summary>
    private void WriteCardinality(OwnerPlan owner, SlotPlan slot, int i)
    {
        string match = MatchMethod(owner, slot);
        string element = context.ElementType(owner, slot);
        switch (slot.Repeat?.Strategy)
        {
            case null when slot.Cardinality == Cardinality.One:
                w.WriteLine($"if (!{match}(position, out var v{i}, out int n{i}))");
                w.OpenBlock();
                w.WriteLine("return false;");
                w.CloseBlock();
                w.WriteLine();
                w.WriteLine($"position = n{i};");
                break;

            case null:
                w.WriteLine($"{element}? v{i} = null;");
                w.WriteLine($"if ({match}(position, out var m{i}, out int n{i}))");
                w.OpenBlock();
                w.WriteLine($"v{i} = m{i};");
                w.WriteLine($"position = n{i};");
                w.CloseBlock();
                break;

            case RunStrategy.Cached:
                string cache = CacheField(owner, slot);
                w.WriteLine($"{cache} ??= new {Parsing}.RepeatCache<{element}>(lines.Length);");
                w.WriteLine($"if (!{cache}.TryGet(position, out var r{i}, out int i{i}))");
                w.OpenBlock();
                w.WriteLine($"r{i} = new {Parsing}.RepeatRun<{element}>();");
                w.WriteLine($"i{i} = 0;");
                w.WriteLine($"int scan{i} = position;");
                w.WriteLine($"while ({match}(scan{i}, out var m{i}, out int n{i}) && n{i} > scan{i})");
                w.OpenBlock();
                w.WriteLine($"r{i}.Add(m{i}, n{i});");
                w.WriteLine($"scan{i} = n{i};");
                w.CloseBlock();
                w.WriteLine();
                w.WriteLine($"{cache}.Store(r{i}, position);");
                w.CloseBlock();
                w.WriteLine();
                w.WriteLine($"var v{i} = r{i}.Slice(i{i}, position, out int e{i});");
                WriteMinimumCheck(slot.Repeat, i);
                w.WriteLine();
                w.WriteLine($"position = e{i};");
                break;

            case { } strategy:
                RepeatPlan repeat = slot.Repeat!;
                w.WriteLine($"var r{i} = {NewRun(strategy, repeat, element)};");
                string limit = repeat.Max == int.MaxValue ? string.Empty : $"r{i}.Count < {repeat.Max.ToString(CultureInfo.InvariantCulture)} && ";
                w.WriteLine($"while ({limit}{match}(position, out var m{i}, out int n{i}) && n{i} > position)");
                w.OpenBlock();
                w.WriteLine($"r{i}.Add(m{i}, n{i});");
                w.WriteLine($"position = n{i};");
                w.CloseBlock();
                w.WriteLine();
                // A typed discard: a bare '_' would bind to a namespace named '_', which another schema may declare.
                w.WriteLine($"var v{i} = r{i}.Slice(0, position, out int _);");
                WriteMinimumCheck(repeat, i);
                break;
        }
    }

    private static string NewRun(RunStrategy strategy, RepeatPlan repeat, string element) => strategy switch
    {
        RunStrategy.SizedForLinesLeft => $"{Parsing}.RepeatRun<{element}>.ForLinesLeft(lines.Length - position, {Int(repeat.Max)})",
        RunStrategy.Growing => $"new {Parsing}.RepeatRun<{element}>()",
        _ => throw EmitContext.Unknown(strategy),
    };

    private void WriteMinimumCheck(RepeatPlan repeat, int i)
    {
        if (repeat.Min > 0)
        {
            w.WriteLine($"if (v{i}.Count < {repeat.Min.ToString(CultureInfo.InvariantCulture)})");
            w.OpenBlock();
            w.WriteLine("return false;");
            w.CloseBlock();
        }
    }

    private void WriteAfterMethod(OwnerPlan owner, SlotPlan slot)
    {
        int marker = slot.After!.MarkerIndex;
        w.WriteLine();
        w.WriteLine($"private bool {AfterMethod(owner, slot)}(int start, out {context.PropertyType(owner, slot)} value, out int end)");
        w.OpenBlock();
        w.WriteLine("value = default;");
        w.WriteLine("end = start;");
        w.WriteLine($"if (start >= lines.Length || !Markers[{marker}].Matches(lines[start].Text))");
        w.OpenBlock();
        w.WriteLine($"state.Fail(start, {AfterExpectation(owner, slot)});");
        w.WriteLine("return false;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("int position = start + 1;");
        WriteCardinality(owner, slot, 0);
        w.WriteLine("value = v0;");
        w.WriteLine("end = position;");
        w.WriteLine("return true;");
        w.CloseBlock();
    }

    private void WriteMatchMethod(OwnerPlan owner, SlotPlan slot)
    {
        w.WriteLine();
        w.WriteLine($"private bool {MatchMethod(owner, slot)}(int position, out {context.ElementType(owner, slot)} value, out int end)");
        w.OpenBlock();
        switch (slot.Read)
        {
            case PartRead part:
                w.WriteLine($"return {OwnerMethod(context.Plan.GetPart(part.Part))}(position, out value, out end);");
                break;

            case LineRead line:
                WriteLineAttempt(LineCondition(line.Test), LineValue(line.Value), SlotExpectation(owner, slot));
                WriteNoMatch();
                break;

            case MarkerRead marker:
                string value = marker.CapturesRest
                    ? $"new {EmitContext.TextLineType}(Markers[{marker.MarkerIndex}].Capture(lines[position].Text), lines[position].Span)"
                    : "lines[position]";
                WriteLineAttempt($"position < lines.Length && Markers[{marker.MarkerIndex}].Matches(lines[position].Text)", value, SlotExpectation(owner, slot));
                WriteNoMatch();
                break;

            case OneOfRead oneOf:
                for (int c = 0; c < oneOf.Cases.Count; c++)
                {
                    CasePlan @case = oneOf.Cases[c];
                    string caseType = context.CaseType(owner, slot, @case);
                    switch (@case.Read)
                    {
                        case PartRead casePart:
                            w.WriteLine($"if ({OwnerMethod(context.Plan.GetPart(casePart.Part))}(position, out var case{c}, out end))");
                            w.OpenBlock();
                            w.WriteLine($"value = new {caseType}(case{c});");
                            w.WriteLine("return true;");
                            w.CloseBlock();
                            w.WriteLine();
                            break;
                        case LineRead caseLine:
                            WriteLineAttempt(LineCondition(caseLine.Test), $"new {caseType}({LineValue(caseLine.Value)})", CaseExpectation(owner, slot, @case));
                            break;
                        default:
                            throw EmitContext.Unknown(@case.Read);
                    }
                }

                WriteNoMatch();
                break;

            default:
                throw EmitContext.Unknown(slot.Read);
        }

        w.CloseBlock();
    }

    private void WriteLineAttempt(string condition, string value, string expectation)
    {
        w.WriteLine($"if ({condition})");
        w.OpenBlock();
        w.WriteLine($"value = {value};");
        w.WriteLine("end = position + 1;");
        w.WriteLine("return true;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine($"state.Fail(position, {expectation});");
    }

    private void WriteNoMatch()
    {
        w.WriteLine("value = default!;");
        w.WriteLine("end = position;");
        w.WriteLine("return false;");
    }

    private string LineCondition(LineCondition test) =>
        $"position < lines.Length && !state.IsReserved(position) && {Expression(test, "lines[position].Text")}";

    private static string LineValue(ValueKind value) => value switch
    {
        ValueKind.Quoted => $"{TextNs}.ValueParsers.Quoted(lines[position])",
        ValueKind.Attribution => $"{TextNs}.ValueParsers.Attribution(lines[position])",
        ValueKind.Text => "lines[position]",
        _ => throw EmitContext.Unknown(value),
    };

    private string Expression(LineCondition condition, string text = "text") => condition switch
    {
        BuiltInCondition { Class: BuiltInLineClass.Any } => "true",
        BuiltInCondition { Class: BuiltInLineClass.Sentence } => $"{TextNs}.TextRules.IsSentence({text})",
        BuiltInCondition { Class: BuiltInLineClass.Label } => $"!{TextNs}.TextRules.IsSentence({text})",
        DeclaredClassCondition p => $"Class_{p.Name}({text})",
        ConstantCondition p => p.Result ? "true" : "false",
        NotCondition p => "!(" + Expression(p.Operand, text) + ")",
        AllCondition p => "(" + string.Join(" && ", p.Operands.Select(o => Expression(o, text))) + ")",
        AnyCondition p => "(" + string.Join(" || ", p.Operands.Select(o => Expression(o, text))) + ")",
        EndsWithCondition p => $"{TextNs}.TextRules.EndsWithAny({text}, {AddStrings(p.Suffixes)})",
        StartsWithCondition p => $"{TextNs}.TextRules.StartsWithAny({text}, {AddStrings(p.Prefixes)})",
        WordCountCondition p => $"{TextNs}.TextRules.WordCountWithin({text}, {Int(p.Min)}, {Int(p.Max)})",
        LengthCondition p => $"({text}.Length >= {Int(p.Min)} && {text}.Length <= {Int(p.Max)})",
        PatternCondition p => $"{TextNs}.TextRules.Matches({AddPattern(statics, p.Pattern)}, {text})",
        _ => throw EmitContext.Unknown(condition),
    };

    private string AddStrings(EquatableArray<string> values)
    {
        string name = "Strings" + statics.Count.ToString(CultureInfo.InvariantCulture);
        statics.Add($"private static readonly string[] {name} = [{string.Join(", ", values.Select(CSharp.Literal))}];");
        return name;
    }

    /// <summary>
    /// Declares a schema pattern, built by the runtime's <c>TextRules.CreatePattern</c> so generated code and the
    /// interpreter share its options and match timeout.
    /// </summary>
    public static string AddPattern(List<string> statics, string pattern)
    {
        string name = "Pattern" + statics.Count.ToString(CultureInfo.InvariantCulture);
        statics.Add(
            $"private static readonly global::System.Text.RegularExpressions.Regex {name} = {TextNs}.TextRules.CreatePattern({CSharp.Literal(pattern)});");
        return name;
    }

    public static string Int(int value) => value == int.MaxValue ? "int.MaxValue" : value.ToString(CultureInfo.InvariantCulture);
}
