using Copydesk.Schema.Model;

namespace Copydesk.Schema.Planning;

/// <summary>
/// Whether a field read once may be absent from an article that parses, decided once: the plan's records carry the
/// answer (<see cref="SlotPlan.IsNullable"/>, <see cref="FrontMatterFieldPlan.IsNullable"/>), and the rules ask the
/// same question of the fields they test for presence. A list is never null: an absent list is empty.
/// </summary>
internal static class Nullability
{
    /// <summary>A slot read once may be absent when it is optional or read after a marker.</summary>
    public static bool IsNullable(Slot slot) =>
        slot.Cardinality != Cardinality.Repeat && (slot.Cardinality == Cardinality.Optional || slot.After is not null);

    /// <summary>A front-matter scalar or mapping may be absent when it is neither required nor given a default.</summary>
    public static bool IsNullable(FrontMatterField field) => !field.IsList && !field.IsRequired && field.Default is null;
}
