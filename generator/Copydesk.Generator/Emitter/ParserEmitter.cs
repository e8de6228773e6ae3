using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;

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
        foreach (LineClass lineClass in context.Schema.LineClasses)
        {
            classExpressions[lineClass.Name] = Expression(lineClass.Predicate);
        }

        string article = context.ArticleType;
        string parser = context.ParserClass;
        w.WriteLine($"/// <summary>Reads {context.Schema.TypeName} articles; one instance per parse.</summary>");
        w.WriteLine(TypesEmitter.GeneratedCodeAttribute);
        w.WriteLine($"file sealed class {parser}");
        w.OpenBlock();
        w.WriteLine($"private static readonly {TextNs}.Marker[] Markers =");
        w.WriteLine("[");
        w.Indent();
        foreach (MarkerDefinition marker in context.Markers)
        {
            w.WriteLine($"new {TextNs}.Marker({CSharp.Literal(marker.Text)}, {(marker.CapturesRest ? "true" : "false")}),");
        }

        w.Unindent();
        w.WriteLine("];");
        w.WriteLine();
        WriteExpectations(null);
        foreach (Part part in context.Schema.Parts)
        {
            WriteExpectations(part);
        }

        foreach (string line in statics)
        {
            w.WriteLine(line);
        }

        w.WriteLine();
        w.WriteLine($"private readonly {Parsing}.ParseState state;");
        w.WriteLine($"private readonly {EmitContext.TextLineType}[] lines;");
        foreach (var (owner, slot) in AllSlots().Where(x => EmitContext.CachesRuns(x.Owner, x.Slot)))
        {
            w.WriteLine($"private {Parsing}.RepeatCache<{context.ElementType(owner, slot)}>? {CacheField(owner, slot)};");
        }

        w.WriteLine();
        w.WriteLine($"private {parser}({EmitContext.TextLineType}[] lines)");
        w.OpenBlock();
        w.WriteLine("this.lines = lines;");
        w.WriteLine($"state = new {Parsing}.ParseState(lines, Markers);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine($"public static {EmitContext.Runtime}.ParseResult<{article}> Parse(string text)");
        w.OpenBlock();
        w.WriteLine($"var parser = new {parser}({TextNs}.ArticleText.SplitLines(text));");
        w.WriteLine("return parser.TryLayout(0, out var article, out int end) && parser.state.TryFinish(end)");
        w.WriteLine($"    ? {EmitContext.Runtime}.ParseResult<{article}>.Success(article)");
        w.WriteLine($"    : {EmitContext.Runtime}.ParseResult<{article}>.Failure([parser.state.CreateError()]);");
        w.CloseBlock();

        foreach (LineClass lineClass in context.Schema.LineClasses)
        {
            w.WriteLine();
            w.WriteLine($"private static bool Class_{lineClass.Name}(string text) => {classExpressions[lineClass.Name]};");
        }

        WriteOwner(null);
        foreach (Part part in context.Schema.Parts)
        {
            WriteOwner(part);
        }

        w.CloseBlock();
    }

    private IEnumerable<(Part? Owner, Slot Slot)> AllSlots() =>
        context.Schema.Layout.Select(s => ((Part?)null, s))
            .Concat(context.Schema.Parts.SelectMany(p => p.Slots.Select(s => ((Part?)p, s))));

    private void WriteExpectations(Part? owner)
    {
        foreach (Slot slot in context.SlotsOf(owner))
        {
            string slotName = SchemaNames.ExpectationSlot(owner?.Name, slot.Name);
            if (slot.After is not null)
            {
                WriteExpectation(AfterExpectation(owner, slot), slotName, SchemaNames.ExpectsMarker(slot.After));
            }

            switch (slot.Kind)
            {
                case SlotKind.Line:
                    WriteExpectation(SlotExpectation(owner, slot), slotName, SchemaNames.ExpectsLine(slot.Target));
                    break;
                case SlotKind.Marker:
                    WriteExpectation(SlotExpectation(owner, slot), slotName, SchemaNames.ExpectsMarker(slot.Target));
                    break;
                case SlotKind.OneOf:
                    foreach (OneOfCase @case in slot.Cases.Where(c => c.Kind == SlotKind.Line))
                    {
                        WriteExpectation(
                            CaseExpectation(owner, slot, @case),
                            SchemaNames.ExpectationSlot(owner?.Name, slot.Name, @case.Name),
                            SchemaNames.ExpectsLine(@case.Target));
                    }

                    break;
            }
        }
    }

    private void WriteExpectation(string field, string slot, string what) =>
        w.WriteLine($"private static readonly {Parsing}.Expectation {field} = new({CSharp.Literal(slot)}, {CSharp.Literal(what)});");

    // Expectations of a slot, its 'after' marker and its cases share the prefix, so one key space keeps them apart.
    private string SlotExpectation(Part? owner, Slot slot) => context.MemberName("Expect", owner, slot);

    private string AfterExpectation(Part? owner, Slot slot) => context.MemberName("Expect", owner, slot, "after");

    private string CaseExpectation(Part? owner, Slot slot, OneOfCase @case) => context.MemberName("Expect", owner, slot, @case.Name, "case");

    private string CacheField(Part? owner, Slot slot) => context.MemberName("runs", owner, slot);

    private string MatchMethod(Part? owner, Slot slot) => context.MemberName("Match", owner, slot);

    private string AfterMethod(Part? owner, Slot slot) => context.MemberName("MatchAfter", owner, slot);

    private static string OwnerMethod(Part? owner) => owner is null ? "TryLayout" : "Try" + EmitContext.OwnerToken(owner);

    private void WriteOwner(Part? owner)
    {
        EquatableArray<Slot> slots = context.SlotsOf(owner);
        w.WriteLine();
        w.WriteLine($"private bool {OwnerMethod(owner)}(int start, out {context.OwnerType(owner)} value, out int end)");
        w.OpenBlock();
        w.WriteLine("value = null!;");
        w.WriteLine("end = start;");
        w.WriteLine("int position = start;");
        for (int i = 0; i < slots.Count; i++)
        {
            Slot slot = slots[i];
            w.WriteLine();
            w.WriteLine($"// {slot.Name}");
            if (owner is null)
            {
                // Failures recorded while reading a layout slot are reported at that slot's path.
                w.WriteLine($"state.Section = {CSharp.Literal(slot.Name)};");
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

        foreach (Slot slot in slots)
        {
            if (slot.After is not null)
            {
                WriteAfterMethod(owner, slot);
            }

            WriteMatchMethod(owner, slot);
        }
    }

    private string EmptyValue(Part? owner, Slot slot) =>
        slot.Cardinality == Cardinality.Repeat ? context.PropertyType(owner, slot) + ".Empty" : "null";

    /// <summary>Reads the slot into local <c>v{index}</c> and advances <c>position</c>, or returns <see langword="false"/>.</summary>
    private void WriteCardinality(Part? owner, Slot slot, int i)
    {
        string match = MatchMethod(owner, slot);
        string element = context.ElementType(owner, slot);
        switch (slot.Cardinality)
        {
            case Cardinality.One:
                w.WriteLine($"if (!{match}(position, out var v{i}, out int n{i}))");
                w.OpenBlock();
                w.WriteLine("return false;");
                w.CloseBlock();
                w.WriteLine();
                w.WriteLine($"position = n{i};");
                break;

            case Cardinality.Optional:
                w.WriteLine($"{element}? v{i} = null;");
                w.WriteLine($"if ({match}(position, out var m{i}, out int n{i}))");
                w.OpenBlock();
                w.WriteLine($"v{i} = m{i};");
                w.WriteLine($"position = n{i};");
                w.CloseBlock();
                break;

            case Cardinality.Repeat when EmitContext.CachesRuns(owner, slot):
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
                WriteMinimumCheck(slot, i);
                w.WriteLine();
                w.WriteLine($"position = e{i};");
                break;

            default:
                w.WriteLine($"var r{i} = {NewRun(owner, slot, element)};");
                string limit = slot.Max == int.MaxValue ? string.Empty : $"r{i}.Count < {slot.Max.ToString(CultureInfo.InvariantCulture)} && ";
                w.WriteLine($"while ({limit}{match}(position, out var m{i}, out int n{i}) && n{i} > position)");
                w.OpenBlock();
                w.WriteLine($"r{i}.Add(m{i}, n{i});");
                w.WriteLine($"position = n{i};");
                w.CloseBlock();
                w.WriteLine();
                // A typed discard: a bare '_' would bind to a namespace named '_', which another schema may declare.
                w.WriteLine($"var v{i} = r{i}.Slice(0, position, out int _);");
                WriteMinimumCheck(slot, i);
                break;
        }
    }

    /// <summary>
    /// A new run for a repetition. The layout runs once per parse, so its runs are sized for every line left and never
    /// grow; a part may be tried at every line, so its runs start small.
    /// </summary>
    private static string NewRun(Part? owner, Slot slot, string element) => owner is null
        ? $"{Parsing}.RepeatRun<{element}>.ForLinesLeft(lines.Length - position, {Int(slot.Max)})"
        : $"new {Parsing}.RepeatRun<{element}>()";

    private void WriteMinimumCheck(Slot slot, int i)
    {
        if (slot.Min > 0)
        {
            w.WriteLine($"if (v{i}.Count < {slot.Min.ToString(CultureInfo.InvariantCulture)})");
            w.OpenBlock();
            w.WriteLine("return false;");
            w.CloseBlock();
        }
    }

    private void WriteAfterMethod(Part? owner, Slot slot)
    {
        int marker = context.MarkerIndex(slot.After!, capturesRest: false);
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

    private void WriteMatchMethod(Part? owner, Slot slot)
    {
        w.WriteLine();
        w.WriteLine($"private bool {MatchMethod(owner, slot)}(int position, out {context.ElementType(owner, slot)} value, out int end)");
        w.OpenBlock();
        switch (slot.Kind)
        {
            case SlotKind.Part:
                w.WriteLine($"return {OwnerMethod(context.GetPart(slot.Target))}(position, out value, out end);");
                break;

            case SlotKind.Line:
                WriteLineAttempt(LineCondition(slot.Target), LineValue(slot.Value), SlotExpectation(owner, slot));
                WriteNoMatch();
                break;

            case SlotKind.Marker:
                int marker = context.MarkerIndex(slot.Target, slot.CapturesRest);
                string value = slot.CapturesRest
                    ? $"new {EmitContext.TextLineType}(Markers[{marker}].Capture(lines[position].Text), lines[position].Span)"
                    : "lines[position]";
                WriteLineAttempt($"position < lines.Length && Markers[{marker}].Matches(lines[position].Text)", value, SlotExpectation(owner, slot));
                WriteNoMatch();
                break;

            default:
                for (int c = 0; c < slot.Cases.Count; c++)
                {
                    OneOfCase @case = slot.Cases[c];
                    string caseType = context.CaseType(owner, slot, @case);
                    if (@case.Kind == SlotKind.Part)
                    {
                        w.WriteLine($"if ({OwnerMethod(context.GetPart(@case.Target))}(position, out var case{c}, out end))");
                        w.OpenBlock();
                        w.WriteLine($"value = new {caseType}(case{c});");
                        w.WriteLine("return true;");
                        w.CloseBlock();
                        w.WriteLine();
                    }
                    else
                    {
                        WriteLineAttempt(LineCondition(@case.Target), $"new {caseType}({LineValue(@case.Value)})", CaseExpectation(owner, slot, @case));
                    }
                }

                WriteNoMatch();
                break;
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

    private string LineCondition(string lineClass) =>
        $"position < lines.Length && !state.IsReserved(position) && {ClassCall(lineClass)}";

    private static string LineValue(ValueKind value) => value switch
    {
        ValueKind.Quoted => $"{TextNs}.ValueParsers.Quoted(lines[position])",
        ValueKind.Attribution => $"{TextNs}.ValueParsers.Attribution(lines[position])",
        _ => "lines[position]",
    };

    private static string ClassCall(string lineClass, string text = "lines[position].Text") => lineClass switch
    {
        "any" => "true",
        "sentence" => $"{TextNs}.TextRules.IsSentence({text})",
        "label" => $"!{TextNs}.TextRules.IsSentence({text})",
        _ => $"Class_{lineClass}({text})",
    };

    private string Expression(Predicate predicate) => predicate switch
    {
        ClassPredicate p => ClassCall(p.Name, "text"),
        NotPredicate p => "!(" + Expression(p.Operand) + ")",
        AllPredicate p => p.Operands.Count == 0 ? "true" : "(" + string.Join(" && ", p.Operands.Select(Expression)) + ")",
        AnyPredicate p => p.Operands.Count == 0 ? "false" : "(" + string.Join(" || ", p.Operands.Select(Expression)) + ")",
        EndsWithPredicate p => $"{TextNs}.TextRules.EndsWithAny(text, {AddStrings(p.Suffixes)})",
        StartsWithPredicate p => $"{TextNs}.TextRules.StartsWithAny(text, {AddStrings(p.Prefixes)})",
        WordCountPredicate p => $"{TextNs}.TextRules.WordCountWithin(text, {Int(p.Min)}, {Int(p.Max)})",
        LengthPredicate p => $"(text.Length >= {Int(p.Min)} && text.Length <= {Int(p.Max)})",
        PatternPredicate p => $"{TextNs}.TextRules.Matches({AddPattern(statics, p.Pattern)}, text)",
        _ => "false",
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
