using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Copydesk.Generator.Emitter;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Copydesk.Generator.Tests;

/// <summary>
/// The emitter's escaping on its own, for every UTF-16 code unit, including what no YAML file can hold
/// (unpaired surrogates): string literals hold exactly the string and show no invisible character; documentation
/// is well-formed XML that keeps what XML can hold.
/// </summary>
public sealed class EmitterEscapingTests
{
    private static readonly CSharpParseOptions Diagnose =
        CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(DocumentationMode.Diagnose);

    public static TheoryData<string> Texts => new()
    {
        string.Concat(Enumerable.Range(0, 0x10000).Select(c => (char)c)),
        string.Concat(Enumerable.Range(0, 0x10000).Reverse().Select(c => (char)c)),
        "x\ud800y\udc00z\udbff",
        "tags: \U000E0001\U000E0041\U000E007F, private use: \U000F0000, emoji: 😀, unassigned: \U0003FFFD",
        "bidi: \u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c",
        "\"; } class Evil { //\n#error boom\r\n*/ /* \u2028 \u2029 \u0085",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_literal_holds_exactly_the_string_and_shows_no_hidden_character(string text)
    {
        string literal = CSharp.Literal(text);

        SyntaxTree tree = CSharpSyntaxTree.ParseText($"class C {{ public const string S = {literal}; }}", Diagnose, cancellationToken: TestContext.Current.CancellationToken);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(tree);
        Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
        VariableDeclaratorSyntax declarator = tree.GetRoot(TestContext.Current.CancellationToken).DescendantNodes().OfType<VariableDeclaratorSyntax>().Single();
        Assert.Equal(text, ((IFieldSymbol)compilation.GetSemanticModel(tree).GetDeclaredSymbol(declarator, TestContext.Current.CancellationToken)!).ConstantValue);
        Assert.Empty(HiddenCharacters(literal));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Documentation_is_well_formed_and_keeps_what_XML_can_hold(string text)
    {
        string source = "/// <summary>\n" + string.Concat(CSharp.DocLines(text).Select(line => "/// " + line + "\n")) + "/// </summary>\npublic class C { }\n";

        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, Diagnose, cancellationToken: TestContext.Current.CancellationToken);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(tree);
        Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning));
        string xml = compilation.GetTypeByMetadataName("C")!.GetDocumentationCommentXml(cancellationToken: TestContext.Current.CancellationToken)!;
        Assert.Equal(Kept(text), Words(XDocument.Parse(xml).Root!.Element("summary")!.Value));
        Assert.Empty(HiddenCharacters(source));
    }

    [Fact]
    public void A_model_with_unpaired_surrogates_everywhere_generates_code_that_compiles()
    {
        const string Hostile = "\ud800\"*/\n#error x\u202e\udc00";
        var check = new Check(null, null, null, null, Hostile, false, new EquatableArray<string>([Hostile, "other"]), false, null, null, CheckSeverity.Error, Hostile);
        var layout = new EquatableArray<Slot>(
        [
            new LineSlot { Name = "headline", LineClass = "special", Check = check, Description = Hostile },
            new MarkerSlot { Name = "credit", Text = Hostile, CapturesRest = true, Cardinality = Cardinality.Optional, Min = 0 },
            new LineSlot { Name = "links", LineClass = "sentence", Cardinality = Cardinality.Repeat, Min = 0, Max = int.MaxValue, After = Hostile + "x" },
        ]);
        var schema = new ArticleSchema(
            1,
            "Story",
            "Hostile",
            Hostile,
            new EquatableArray<LineClass>([new LineClass("special", new AllPredicate(new EquatableArray<Predicate>([new EndsWithPredicate(new EquatableArray<string>([Hostile])), new StartsWithPredicate(new EquatableArray<string>([Hostile]))])), Hostile, default)]),
            default,
            layout,
            new EquatableArray<MarkerDefinition>([new MarkerDefinition(Hostile, true), new MarkerDefinition(Hostile + "x", false)]));

        string source = ArticleEmitter.Emit(ParsePlanBuilder.Build(schema), "story\ud800.schema.yaml", schema.Namespace);

        CSharpCompilation compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, Diagnose, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1591"));
        Assert.Empty(HiddenCharacters(source));
    }

    /// <summary>The characters of C# source that an editor would not show as themselves.</summary>
    private static List<string> HiddenCharacters(string source)
    {
        var hidden = new List<string>();
        for (int i = 0; i < source.Length; i++)
        {
            if (source[i] is '\n' or '\r')
            {
                continue;
            }

            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(source, i);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                hidden.Add($"U+{char.ConvertToUtf32(source, i):X4} at {i}");
            }

            if (char.IsHighSurrogate(source[i]) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                i++;
            }
        }

        return hidden;
    }

    // What documentation keeps: everything but controls, unpaired surrogates and non-characters; line breaks become spaces.
    private static string Kept(string text)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))
            {
                builder.Append(c);
            }
        }

        return Words(builder.ToString());
    }

    private static string Words(string text) =>
        string.Join(" ", System.Text.RegularExpressions.Regex.Split(text, @"\s+").Where(word => word.Length > 0));
}
