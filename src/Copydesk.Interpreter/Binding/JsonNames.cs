using System.Text.Json;
using Copydesk.Json;
using Copydesk.Schema.Planning;

namespace Copydesk.Interpretation.Binding;

/// <summary>
/// Property names encoded once with the contract encoder, so the output is the same bytes whatever encoder the
/// caller's writer uses.
/// </summary>
internal static class JsonNames
{
    /// <summary>The discriminator of a <c>oneOf</c> item.</summary>
    public static readonly JsonEncodedText Type = Encode(ContractJsonNames.Type);

    /// <summary>The single field of a <c>oneOf</c> line case.</summary>
    public static readonly JsonEncodedText Text = Encode(ContractJsonNames.Text);

    public static JsonEncodedText Encode(string name) => JsonEncodedText.Encode(name, ContractJsonEncoder.Instance);
}
