using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Schema.Naming;

namespace Copydesk.Schema.Reading;

/// <summary>
/// The state shared by the readers of one load: the diagnostics, the declared names (collected before any
/// reference is resolved, so declaration order never matters), class references and marker uses.
/// </summary>
internal sealed class LoadContext
{
    // Total comparison cells all "did you mean" searches of one load may spend; plenty for real schemas.
    private const long SuggestionBudget = 4_000_000;

    private readonly List<MarkerUse> markerUses = new();
    private long suggestionBudget = SuggestionBudget;
    private InlineLineClasses? inlineClasses;

    public LoadContext(CancellationToken cancellationToken)
    {
        CancellationToken = cancellationToken;
        Values = new ValueReader(this);
    }

    public CancellationToken CancellationToken { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public ValueReader Values { get; }

    /// <summary>The schema's input model, read before anything that depends on it.</summary>
    public InputModel Input { get; set; } = InputModel.Lines;

    /// <summary>Line classes written inline on slots and cases.</summary>
    public InlineLineClasses InlineClasses => inlineClasses ??= new InlineLineClasses(this);

    /// <summary>Built-in and declared line class names, built-ins first, for suggestions.</summary>
    public List<string> LineClassNames { get; } = new(SchemaKeys.BuiltInLineClasses);

    /// <summary>Line classes the schema declares (not the built-ins).</summary>
    public HashSet<string> DeclaredLineClasses { get; } = new(StringComparer.Ordinal);

    /// <summary>Part names in declaration order, for suggestions.</summary>
    public List<string> PartNames { get; } = new();

    /// <summary>References from one declared line class to another, for the cycle check.</summary>
    public List<Reference> LineClassReferences { get; } = new();

    /// <summary>Part names, for lookups.</summary>
    public HashSet<string> PartNameSet { get; } = new(StringComparer.Ordinal);

    public bool IsLineClass(string name) => DeclaredLineClasses.Contains(name) || Array.IndexOf(SchemaKeys.BuiltInLineClasses, name) >= 0;

    public bool IsPart(string name) => PartNameSet.Contains(name);

    public void Report(SchemaDiagnosticDescriptor descriptor, TextRange range, params string[] arguments) =>
        Diagnostics.Add(descriptor, range, arguments);

    /// <summary>
    /// Reports <paramref name="descriptor"/> at <paramref name="node"/>, unless the node was already rejected. A value
    /// YAML read as a comment (<c>marker: ###</c>) is reported as that instead (CD1021, at its key): it is the cause.
    /// </summary>
    public void ReportAt(YamlNode node, SchemaDiagnosticDescriptor descriptor, params string[] arguments)
    {
        switch (node)
        {
            case YamlRejected:
                return;
            case YamlScalar { LostToComment: { } lost }:
                Report(DiagnosticCatalog.ValueReadAsComment, lost.Key.Range, lost.Key.Value, lost.Text);
                return;
            default:
                Report(descriptor, node.Range, arguments);
                return;
        }
    }

    /// <summary>Reports CD1004 "'subject' must be <paramref name="expected"/> (found …)" at <paramref name="node"/>.</summary>
    public void ReportWrongKind(YamlNode node, string subject, string expected) =>
        ReportAt(node, DiagnosticCatalog.InvalidValue, subject, expected, node.Describe());

    /// <summary>The candidate closest to <paramref name="name"/>, or <see langword="null"/>.</summary>
    public string? Suggest(string name, IEnumerable<string> candidates) =>
        NameSuggester.Suggest(name, candidates, ref suggestionBudget);

    /// <summary>The " Did you mean 'x'?" hint for <paramref name="name"/>, or "".</summary>
    public string DidYouMean(string name, IEnumerable<string> candidates) =>
        NameSuggester.DidYouMean(Suggest(name, candidates));

    /// <summary>
    /// What to write instead of <paramref name="word"/> from a fixed set: "did you mean 'x'? Write one of 'a', 'b' or 'c'",
    /// the closest first, so the fix is in the message even when no choice is close.
    /// </summary>
    public string ChoiceHint(string word, string[] choices)
    {
        string list = QuotedList(choices, "or");
        return Suggest(word, choices) is { } closest ? $"did you mean '{closest}'? Write one of {list}" : $"write one of {list}";
    }

    /// <summary>'a', 'b' <paramref name="conjunction"/> 'c'.</summary>
    public static string QuotedList(IReadOnlyList<string> words, string conjunction)
    {
        var quoted = words.Select(word => "'" + word + "'").ToList();
        return quoted.Count <= 1
            ? string.Concat(quoted)
            : string.Join(", ", quoted.Take(quoted.Count - 1)) + " " + conjunction + " " + quoted[quoted.Count - 1];
    }

    /// <summary>Records a marker written at <paramref name="range"/>.</summary>
    public void AddMarker(MarkerDefinition marker, TextRange range) =>
        markerUses.Add(new MarkerUse(marker, range.StartOffset));

    /// <summary>Every distinct marker, in order of first appearance in the file.</summary>
    public EquatableArray<MarkerDefinition> Markers() =>
        markerUses.OrderBy(use => use.Offset).Select(use => use.Marker).Distinct().ToEquatableArray();

    public void ThrowIfCancellationRequested() => CancellationToken.ThrowIfCancellationRequested();

    /// <summary>A reference from one name to another, at the node that names the target.</summary>
    internal readonly struct Reference
    {
        public Reference(string from, string to, TextRange range)
        {
            From = from;
            To = to;
            Range = range;
        }

        public string From { get; }

        public string To { get; }

        public TextRange Range { get; }
    }

    private readonly struct MarkerUse
    {
        public MarkerUse(MarkerDefinition marker, int offset)
        {
            Marker = marker;
            Offset = offset;
        }

        public MarkerDefinition Marker { get; }

        public int Offset { get; }
    }
}
