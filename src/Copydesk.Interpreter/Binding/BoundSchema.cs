using Copydesk.Schema.Planning;
using Copydesk.Text;

namespace Copydesk.Interpretation.Binding;

/// <summary>A <see cref="ParsePlan"/> bound to the runtime, ready to run. Immutable, so one serves any number of parses at once.</summary>
internal sealed class BoundSchema
{
    public BoundSchema(ParsePlan plan, BoundOwner layout, Marker[] markers)
    {
        Plan = plan;
        Layout = layout;
        Markers = markers;
    }

    /// <summary>The plan this carries out.</summary>
    public ParsePlan Plan { get; }

    /// <summary>The layout: the slots of the article.</summary>
    public BoundOwner Layout { get; }

    /// <summary>Every marker of the schema, in the plan's order: lines matching one are reserved.</summary>
    public Marker[] Markers { get; }

    /// <summary>The front matter the schema declares, or <see langword="null"/>: its articles are read from their first line.</summary>
    public Markup.FrontMatter.FrontMatterSpec? FrontMatter { get; init; }

    /// <summary>How many repeats remember their runs.</summary>
    public int CacheCount => Plan.CacheCount;
}
