using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>
/// The generated <c>WriteJsonLd</c> adds each typed value through the runtime's overload of its own type, chosen when
/// the generated code compiles: no value is boxed to be told apart at run time, as the interpreter's values are.
/// </summary>
public sealed class JsonLdOverloadTests
{
    /// <summary>Front-matter fields of every type that fills a property, and a date, a date-time and a URL read from lines.</summary>
    private const string Post = """
        copydesk: 1
        type: Post
        namespace: Copydesk.Samples
        frontMatter:
          fields:
            title: { type: string, required: true }
            weight: integer
            rating: number
            draft: { type: boolean, default: false }
            date: { type: date, required: true }
            updated: date-time
            canonical: url
            contact: email
            tags: { type: string, list: true }
        layout:
          - headline: label
          - published: { after: "Published", line: any, value: date }
          - modified: { after: "Modified", line: any, value: date-time }
          - photos: { after: "Photos", line: label, repeat: 0+, value: url }
          - paragraphs: { line: sentence, repeat: 1+ }
        jsonLd:
          type: NewsArticle
          headline: frontMatter.title
          printPage: frontMatter.weight
          printColumn: frontMatter.rating
          printEdition: frontMatter.draft
          datePublished: frontMatter.date
          dateModified: frontMatter.updated
          url: frontMatter.canonical
          creditText: frontMatter.contact
          keywords: frontMatter.tags
          author: frontMatter.title
          dateCreated: published
          abstract: modified
          image: photos
          articleBody: paragraphs
        """;

    [Fact]
    public void Every_typed_value_is_added_through_the_overload_of_its_own_type_never_boxed()
    {
        var (run, output) = GeneratorHarness.Run(("/project/schemas/post.schema.yaml", Post));
        Assert.Empty(run.Diagnostics);
        SyntaxTree generated = Assert.Single(output.SyntaxTrees, tree => run.GeneratedTrees.Contains(tree));
        SemanticModel model = output.GetSemanticModel(generated);

        var parameterTypes = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (InvocationExpressionSyntax call in generated.GetRoot(TestContext.Current.CancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (model.GetSymbolInfo(call, TestContext.Current.CancellationToken).Symbol is not IMethodSymbol { ContainingType.Name: "JsonLdWriter" } method)
            {
                continue;
            }

            Assert.NotEqual("AddObject", method.Name);
            if (method.Name != "AddValue")
            {
                continue;
            }

            ITypeSymbol parameter = method.Parameters[1].Type;
            ITypeSymbol argument = model.GetTypeInfo(call.ArgumentList.Arguments[1].Expression, TestContext.Current.CancellationToken).Type!;
            ITypeSymbol underlying = parameter is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : parameter;
            Assert.True(
                SymbolEqualityComparer.Default.Equals(parameter, argument) || SymbolEqualityComparer.Default.Equals(underlying, argument),
                $"{call} hands a {argument} to the overload for {parameter}");
            parameterTypes.Add(parameter.ToDisplayString());
        }

        Assert.Equal(["bool?", "decimal?", "long?", "string?", "System.DateOnly?", "System.DateTimeOffset?", "System.Uri?"], parameterTypes);
    }
}
