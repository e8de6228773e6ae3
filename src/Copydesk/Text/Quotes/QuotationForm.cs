namespace Copydesk.Text.Quotes;

/// <summary>How a quotation sits in its sentence.</summary>
public enum QuotationForm
{
    /// <summary>
    /// One or more sentences of their own, attributed before (<c>X said: "…"</c>), after (<c>"…," said X</c>) or
    /// not at all.
    /// </summary>
    Direct,

    /// <summary>Words quoted inside a reported sentence: <c>Volesky said the fighters were "giving up their positions."</c></summary>
    Partial,
}
