using System.Text.Json.Serialization;

namespace Copydesk.Benchmarks.Contract;

/// <summary>Source-generated System.Text.Json metadata for the contract records.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DigestStoryContract))]
[JsonSerializable(typeof(WireStoryContract))]
public sealed partial class ContractJsonContext : JsonSerializerContext;
