using System.Text.Json;
using Copydesk.Json;

namespace Copydesk.Interpretation.Plan;

/// <summary>
/// Property names encoded once with the contract encoder, as the generated writer encodes them, so the output
/// is the same bytes whatever encoder the caller's writer uses.
/// </summary>
internal static class JsonNames
{
    /// <summary>The discriminator of a <c>oneOf</c> item.</summary>
    public static readonly JsonEncodedText Type = Encode("$type");

    /// <summary>The single field of a <c>oneOf</c> line case.</summary>
    public static readonly JsonEncodedText Text = Encode("text");

    public static JsonEncodedText Encode(string name) => JsonEncodedText.Encode(name, ContractJsonEncoder.Instance);
}
