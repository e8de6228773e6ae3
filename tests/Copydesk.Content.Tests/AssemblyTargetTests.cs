extern alias content;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using content::Copydesk.Content;
using Xunit;

namespace Copydesk.Content.Tests;

/// <summary>The content engine is an assembly every compiler can load: netstandard2.0, with nothing only .NET Core has.</summary>
public sealed class AssemblyTargetTests
{
    // What the compiler's host provides (netstandard, the BCL packages Roslyn itself ships with) or what is packed
    // beside the engine; nothing of .NET Core's own surface (System.Runtime, System.Private.CoreLib, …).
    private static readonly HashSet<string> Allowed =
    [
        "netstandard", "Copydesk.Schema", "Markdig", "YamlDotNet", "System.Memory", "System.Buffers", "System.Collections.Immutable",
        "System.Text.Json", "System.Text.Encodings.Web", "System.Runtime.CompilerServices.Unsafe", "System.Threading.Tasks.Extensions",
        "Microsoft.Bcl.AsyncInterfaces", "System.Numerics.Vectors",
    ];

    private static readonly string EnginePath = typeof(ContentChecker).Assembly.Location;

    [Fact]
    public void The_engine_targets_netstandard2_0()
    {
        using var stream = File.OpenRead(EnginePath);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();

        string? framework = metadata.GetAssemblyDefinition().GetCustomAttributes()
            .Select(metadata.GetCustomAttribute)
            .Where(attribute => AttributeName(metadata, attribute) == "System.Runtime.Versioning.TargetFrameworkAttribute")
            .Select(attribute => attribute.DecodeValue(new StringOnlyDecoder()).FixedArguments[0].Value as string)
            .SingleOrDefault();

        Assert.Equal(".NETStandard,Version=v2.0", framework);
    }

    [Fact]
    public void The_engine_references_no_assembly_only_dotnet_core_has()
    {
        using var stream = File.OpenRead(EnginePath);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();

        string[] references = metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)).ToArray();

        Assert.Contains("netstandard", references);
        Assert.DoesNotContain(references, name => !Allowed.Contains(name));
    }

    [Fact]
    public void On_a_runtime_with_the_non_backtracking_engine_patterns_run_on_it_as_in_the_tool()
    {
        Regex linear = content::Copydesk.Text.TextRules.CreatePattern("^[A-Z][a-z]+$", backtracking: false);
        Regex timed = content::Copydesk.Text.TextRules.CreatePattern("^(a+)+$", backtracking: true);

        Assert.Equal(Copydesk.Text.TextRules.CreatePattern("^[A-Z][a-z]+$", backtracking: false).Options, linear.Options);
        Assert.True(linear.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.Equal(Copydesk.Text.TextRules.PatternTimeout, timed.MatchTimeout);
        Assert.False(timed.Options.HasFlag(RegexOptions.NonBacktracking));
    }

    private static string AttributeName(MetadataReader metadata, CustomAttribute attribute)
    {
        EntityHandle type = attribute.Constructor.Kind == HandleKind.MemberReference
            ? metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent
            : metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
        return type.Kind == HandleKind.TypeReference
            ? $"{metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)type).Namespace)}.{metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)type).Name)}"
            : string.Empty;
    }

    private sealed class StringOnlyDecoder : ICustomAttributeTypeProvider<Type?>
    {
        public Type? GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode == PrimitiveTypeCode.String ? typeof(string) : null;

        public Type? GetSystemType() => typeof(Type);

        public Type? GetSZArrayType(Type? elementType) => null;

        public Type? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => null;

        public Type? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => null;

        public Type? GetTypeFromSerializedName(string name) => null;

        public PrimitiveTypeCode GetUnderlyingEnumType(Type? type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(Type? type) => type == typeof(Type);
    }
}
