using System.Text.RegularExpressions;
using Copydesk.Interpretation.Binding;
using Copydesk.Markup.FrontMatter;
using Copydesk.Parsing;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Copydesk.Text;
using Copydesk.Units;

namespace Copydesk.Interpretation.Parsing;

/// <summary>
/// One parse of one article: runs a <see cref="BoundSchema"/> in the order its plan gives, recording the plan's
/// expectations, sections and repeat caches, so errors and documents are those of the generated parser, which prints
/// the same plan. Repeats are loops: the stack depth depends on how deeply the schema nests parts, never on the article.
/// </summary>
internal sealed class ParseRun
{
    private readonly TextUnit[] lines;
    private readonly ParseState state;
    private readonly ParseTracer? tracer;
    private readonly RepeatCache<InterpretedNode>?[] caches;

    private ParseRun(BoundSchema plan, TextUnit[] lines, IParseTrace? trace, System.Threading.CancellationToken cancellationToken)
    {
        this.lines = lines;
        state = new ParseState(lines, plan.Markers, cancellationToken);
        tracer = trace is null ? null : new ParseTracer(trace, lines, plan.Markers);
        caches = new RepeatCache<InterpretedNode>?[plan.CacheCount];
    }

    /// <summary>The units the layout of <paramref name="plan"/> reads: those of the body, after any front matter.</summary>
    private static TextUnit[] Units(BoundSchema plan, string text, out FrontMatterRead? frontMatter)
    {
        frontMatter = plan.FrontMatter is { } spec ? FrontMatterReader.Read(text, spec) : null;
        return InputUnits.Read(plan.Plan.Input, text, frontMatter?.BodyOffset ?? 0);
    }

    /// <summary>
    /// The units the layout of <paramref name="plan"/> reads, for a tool that shows them: after the front matter's
    /// fences, which are all that is looked for, as the front matter's values are not wanted.
    /// </summary>
    public static TextUnit[] BodyUnits(BoundSchema plan, string text) =>
        InputUnits.Read(plan.Plan.Input, text, plan.FrontMatter is null ? 0 : FrontMatterReader.BodyOffset(text));

    /// <summary>Parses <paramref name="text"/>; <paramref name="cancellationToken"/> is looked at every 1,024 line reads.</summary>
    public static ParseResult<InterpretedArticle> Parse(BoundSchema plan, string text, IParseTrace? trace, System.Threading.CancellationToken cancellationToken)
    {
        var run = new ParseRun(plan, Units(plan, text, out FrontMatterRead? frontMatter), trace, cancellationToken);
        try
        {
            bool parsed = run.TryOwner(plan.Layout, 0, out InterpretedRecord? article, out int end) && run.TryFinish(end);
            if (frontMatter is { Succeeded: false })
            {
                // The front matter's errors first, in document order, then the body's, so one parse reports both.
                return ParseResult<InterpretedArticle>.Failure(frontMatter.ErrorsWith(parsed ? null : run.state.CreateError()));
            }

            return parsed
                ? ParseResult<InterpretedArticle>.Success(new InterpretedArticle(plan, article, frontMatter?.Values))
                : ParseResult<InterpretedArticle>.Failure([run.state.CreateError()]);
        }
        catch (RegexMatchTimeoutException timeout)
        {
            // A pattern that needs backtracking ran out of time on a line: an issue there, never a silent mismatch.
            return ParseResult<InterpretedArticle>.Failure([run.state.PatternTimedOut(timeout)]);
        }
    }

    private bool TryFinish(int end)
    {
        tracer?.Finish(end);
        return state.TryFinish(end);
    }

    /// <summary>The layout or a part: every slot in order, or nothing.</summary>
    private bool TryOwner(BoundOwner owner, int start, out InterpretedRecord value, out int end)
    {
        value = null!;
        end = start;
        int position = start;
        BoundSlot[] slots = owner.Slots;
        var fields = new InterpretedField[slots.Length];

        // Items a repeat shares with a run its run joined: listed only once every slot has matched, so a part that
        // fails after the repeat never copies them.
        RepeatItems<InterpretedNode>[]? shared = null;
        for (int i = 0; i < slots.Length; i++)
        {
            BoundSlot slot = slots[i];
            if (slot.Section is { } section)
            {
                state.Section = section;
            }

            if (slot.After is not null)
            {
                // A missing marker, or a slot that fails after it, leaves the slot empty and the marker unread.
                if (!TryAfter(slot, position, out fields[i], out RepeatItems<InterpretedNode> afterItems, out int next))
                {
                    fields[i] = slot.Cardinality == Cardinality.Repeat
                        ? InterpretedField.List(slot.Name, NodeList<InterpretedNode>.Empty)
                        : InterpretedField.Absent(slot.Name);
                    next = position;
                }
                else if (afterItems.Count > 0)
                {
                    shared = Defer(shared, slots.Length, i, afterItems);
                }

                position = next;
            }
            else if (!TryCardinality(slot, ref position, out fields[i], out RepeatItems<InterpretedNode> items))
            {
                if (!owner.IsLayout)
                {
                    tracer?.PartFailed(start, owner.Name, position);
                }

                return false;
            }
            else if (items.Count > 0)
            {
                shared = Defer(shared, slots.Length, i, items);
            }
        }

        if (shared is not null)
        {
            for (int i = 0; i < slots.Length; i++)
            {
                if (shared[i].Count > 0)
                {
                    fields[i] = InterpretedField.List(slots[i].Name, shared[i].ToList());
                }
            }
        }

        value = new InterpretedRecord(owner.Name, owner.IsLayout, new NodeList<InterpretedField>(fields, 0, fields.Length), state.SpanOf(start, position));
        end = position;
        return true;
    }

    private static RepeatItems<InterpretedNode>[] Defer(RepeatItems<InterpretedNode>[]? shared, int slotCount, int slot, RepeatItems<InterpretedNode> items)
    {
        shared ??= new RepeatItems<InterpretedNode>[slotCount];
        shared[slot] = items;
        return shared;
    }

    /// <summary>The <c>after:</c> marker line, then the slot.</summary>
    private bool TryAfter(BoundSlot slot, int start, out InterpretedField value, out RepeatItems<InterpretedNode> shared, out int end)
    {
        value = default;
        shared = default;
        end = start;
        state.CountRead();
        tracer?.Attempt(start, slot.AfterExpectation!);
        if (start >= lines.Length || !slot.After!.Matches(lines[start].AsSpan()))
        {
            tracer?.MarkerRejected(start, slot.AfterExpectation!, slot.After!);
            state.Fail(start, slot.AfterExpectation!);
            return false;
        }

        tracer?.Matched(start, slot.AfterExpectation!);
        int position = start + 1;
        if (!TryCardinality(slot, ref position, out value, out shared))
        {
            return false;
        }

        end = position;
        return true;
    }

    /// <summary>
    /// Reads the slot once, optionally or repeatedly, advancing <paramref name="position"/>. On failure
    /// <paramref name="position"/> is where the slot gave up. A repeat whose items reach into a run its run joined
    /// gives them as <paramref name="shared"/>, to be listed once the owner matched, and an empty list as its value.
    /// </summary>
    private bool TryCardinality(BoundSlot slot, ref int position, out InterpretedField value, out RepeatItems<InterpretedNode> shared)
    {
        shared = default;
        InterpretedNode? node;
        int next;
        switch (slot.Cardinality)
        {
            case Cardinality.One:
                if (!TryMatch(slot, position, out node, out next))
                {
                    value = default;
                    return false;
                }

                value = InterpretedField.Single(slot.Name, node);
                position = next;
                return true;

            case Cardinality.Optional:
                if (TryMatch(slot, position, out node, out next))
                {
                    value = InterpretedField.Single(slot.Name, node);
                    position = next;
                }
                else
                {
                    value = InterpretedField.Absent(slot.Name);
                }

                return true;

            default:
                if (slot.Strategy != RunStrategy.Cached)
                {
                    NodeList<InterpretedNode> items = Repeat(slot, position, out next);
                    position = next;
                    value = items.Count < slot.Min ? default : InterpretedField.List(slot.Name, items);
                    return items.Count >= slot.Min;
                }

                RepeatItems<InterpretedNode> taken = RepeatCached(slot, position, out next);
                position = next;
                if (taken.Count < slot.Min)
                {
                    value = default;
                    return false;
                }

                if (taken.TryGetList(out NodeList<InterpretedNode> list))
                {
                    value = InterpretedField.List(slot.Name, list);
                }
                else
                {
                    value = InterpretedField.List(slot.Name, NodeList<InterpretedNode>.Empty);
                    shared = taken;
                }

                return true;
        }
    }

    // Greedy and linear; a match that reads no line ends the repetition (it would match forever).
    private NodeList<InterpretedNode> Repeat(BoundSlot slot, int position, out int end)
    {
        var run = slot.Strategy == RunStrategy.SizedForLinesLeft ? RepeatRun<InterpretedNode>.ForLinesLeft(lines.Length - position, slot.Max) : new RepeatRun<InterpretedNode>();
        while ((slot.Max == int.MaxValue || run.Count < slot.Max) && TryMatch(slot, position, out InterpretedNode? item, out int next) && next > position)
        {
            run.Add(item, next);
            position = next;
        }

        end = position;
        return run.Slice(0, position, out _);
    }

    // The run that covers this line, read further only while the repeat needs more items than it holds.
    // A run that reaches another's item boundary joins it, so the next line to read is asked of the run each time.
    private RepeatItems<InterpretedNode> RepeatCached(BoundSlot slot, int position, out int end)
    {
        RepeatCache<InterpretedNode> cache = caches[slot.CacheIndex] ??= new RepeatCache<InterpretedNode>(lines.Length);
        RepeatRun<InterpretedNode> run = cache.Find(position, out int index);
        while (run.Wants(index, slot.Max))
        {
            int scan = run.NextLine;
            if (!TryMatch(slot, scan, out InterpretedNode? item, out int next) || next <= scan)
            {
                run.Close();
                break;
            }

            cache.Add(run, item, next);
        }

        return run.Take(index, slot.Max, position, out end);
    }

    /// <summary>One occurrence of the slot.</summary>
    private bool TryMatch(BoundSlot slot, int position, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InterpretedNode? value, out int end)
    {
        switch (slot.Kind)
        {
            case ReadKind.Part:
                if (TryOwner(slot.Part!, position, out InterpretedRecord record, out end))
                {
                    value = record;
                    return true;
                }

                value = null;
                return false;

            case ReadKind.Line:
                return TryLine(slot.Line!, slot.Value, slot.YieldsTo, slot.TypedRead, slot.Expectation!, position, out value, out end);

            case ReadKind.Marker:
                return TryMarker(slot.Marker!, slot.Expectation!, position, out value, out end);

            default:
                BoundCase[] cases = slot.Cases;
                for (int c = 0; c < cases.Length; c++)
                {
                    BoundCase @case = cases[c];
                    if (@case.Part is not null)
                    {
                        if (TryOwner(@case.Part, position, out InterpretedRecord caseRecord, out end))
                        {
                            value = new InterpretedCase(@case.Name, c, caseRecord);
                            return true;
                        }
                    }
                    else if (TryLine(@case.Line!, @case.Value, @case.YieldsTo, @case.TypedRead, @case.Expectation!, position, out InterpretedNode? line, out end))
                    {
                        value = new InterpretedCase(@case.Name, c, line);
                        return true;
                    }
                }

                value = null;
                end = position;
                return false;
        }
    }

    // A line of a class: there, not reserved for a marker, and passing the class's test.
    private bool TryLine(LineTest test, ValueKind kind, Marker[] yieldsTo, Binding.LineValueReader? typedRead, Expectation expectation, int position, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InterpretedNode? value, out int end)
    {
        state.CountRead();
        tracer?.Attempt(position, expectation);
        if (position < lines.Length && !state.IsReserved(position, yieldsTo) && test.Matches(lines[position]))
        {
            value = kind switch
            {
                ValueKind.Quoted => new InterpretedText(ValueParsers.Quoted(lines[position].ToTextLine())),
                ValueKind.Attribution => new InterpretedAttribution(ValueParsers.Attribution(lines[position].ToTextLine())),
                ValueKind.Typed or ValueKind.Captured => typedRead!(state, position, lines[position].ToTextLine()),
                ValueKind.Quotes => new InterpretedQuotes(state.ReadQuotes(position)),
                _ => new InterpretedText(lines[position].ToTextLine()),
            };
            end = position + 1;
            tracer?.Matched(position, expectation);
            return true;
        }

        tracer?.LineRejected(position, expectation, test, yieldsTo);
        state.Fail(position, expectation);
        value = null;
        end = position;
        return false;
    }

    // A marker line; markers ignore reservation, which exists to keep marker lines away from line classes.
    private bool TryMarker(Marker marker, Expectation expectation, int position, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InterpretedNode? value, out int end)
    {
        state.CountRead();
        tracer?.Attempt(position, expectation);
        if (position < lines.Length && marker.Matches(lines[position].AsSpan()))
        {
            value = new InterpretedText(marker.Read(lines[position].ToTextLine()));
            end = position + 1;
            tracer?.Matched(position, expectation);
            return true;
        }

        tracer?.MarkerRejected(position, expectation, marker);
        state.Fail(position, expectation);
        value = null;
        end = position;
        return false;
    }
}
