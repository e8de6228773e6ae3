using System;
using System.Collections.Generic;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;
using Copydesk.Schema.Planning;

namespace Copydesk.Schema.JsonLd;

/// <summary>
/// Paths through a captured line to one of its fields: <c>lead.dateline</c> reads a field as the field reads its text
/// (a typed field as its value), <c>lead.paragraph</c> a rest read as quotes as its text, and
/// <c>lead.paragraph.quotes</c> that rest's quotations. A path that ends at the captured line reads its whole text.
/// </summary>
internal static class JsonLdCapturePaths
{
    /// <summary>
    /// The path <paramref name="text"/> whose slot <paramref name="steps"/> end at a line read with
    /// <paramref name="capture"/>, continued by <paramref name="segments"/> from <paramref name="next"/>; the mistake told
    /// to <paramref name="error"/>, which returns <see langword="null"/>, otherwise.
    /// </summary>
    public static JsonLdPath? Resolve(string text, EquatableArray<JsonLdStep> steps, bool many, CaptureSpec capture, string[] segments, int next, Func<string, JsonLdPath?> error)
    {
        string through = string.Join(".", segments, 0, next);

        // The fields as the plan orders, names and reads them (the rest last), so a path reads what the record holds.
        EquatableArray<CaptureFieldPlan> fields = Captures.Plan(capture, recordName: string.Empty)!.Fields;
        var names = new List<string>(fields.Count);
        foreach (CaptureFieldPlan planned in fields)
        {
            names.Add(planned.Name);
        }

        string segment = segments[next];
        int index = names.IndexOf(segment);
        if (index < 0)
        {
            string hint = NameSuggester.DidYouMean(NameSuggester.Suggest(segment, names));
            return error($"'{segment}' is not a field of the capture of '{through}', whose fields are {string.Join(", ", names.ConvertAll(name => "'" + through + "." + name + "'"))}.{hint}");
        }

        CaptureFieldPlan read = fields[index];
        var field = new JsonLdCaptureField(segment, index, read.PropertyName);
        bool quotes = read is { IsRest: true, Value: ValueKind.Quotes };
        bool last = next == segments.Length - 1;
        if (quotes && !last)
        {
            return next + 2 == segments.Length && segments[next + 1] == JsonLdPlanner.QuotationsSegment
                ? new JsonLdPath(text, steps, JsonLdSource.Quotations, null, true) { CaptureField = field }
                : error($"'{through}.{segment}' reads one paragraph; only its quotations follow it in a path: '{through}.{segment}.{JsonLdPlanner.QuotationsSegment}'");
        }

        if (!last)
        {
            return error($"'{through}.{segment}' is one field of a captured line, so nothing follows it in a path");
        }

        JsonLdSource source = read.Spec is { } spec ? JsonLdPlanner.SourceOf(ValueKind.Typed, spec.Kind) : JsonLdSource.Text;
        return new JsonLdPath(text, steps, source, null, many) { CaptureField = field };
    }
}
