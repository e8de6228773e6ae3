using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Copydesk.Generator.Pipeline;

/// <summary>What the generator learns about the project it runs in: enough to tell whether the generated code can compile there.</summary>
/// <param name="LanguageVersion">The C# version the project compiles (after defaults are applied).</param>
/// <param name="ReferencesRuntime">Whether the compilation references the Copydesk runtime library.</param>
/// <param name="TargetFramework">The project's target framework, when the build passes it.</param>
internal sealed record ProjectFacts(LanguageVersion LanguageVersion, bool ReferencesRuntime, string? TargetFramework);

/// <summary>
/// What a project needs for the generated code to compile. A project that lacks it gets one diagnostic and no
/// generated code, rather than a compiler error at every construct of the generated files.
/// </summary>
internal static class ProjectRequirements
{
    /// <summary>
    /// The oldest C# the generated code compiles with: it uses collection expressions (C# 12) and file-local types
    /// (C# 11). C# 12 is the default of .NET 8, the oldest framework the runtime supports.
    /// </summary>
    public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp12;

    /// <summary>A runtime type every generated article implements; its presence means the runtime is referenced.</summary>
    public const string RuntimeMarkerType = "Copydesk.IArticle`1";

    /// <summary>A type of Copydesk.Markup the generated code of a Markdown schema calls; its presence means Copydesk.Markup is referenced.</summary>
    public const string MarkupMarkerType = "Copydesk.Markup.Markdown.MarkdownUnits";

    /// <summary>
    /// CD1052 at the schema's <c>input</c> (or its <c>frontMatter</c> key) when its generated code needs Copydesk.Markup and
    /// the project does not reference it; such a schema then gets no generated code, rather than a compiler error at each
    /// call into Copydesk.Markup.
    /// </summary>
    public static SchemaDiagnostic? CheckMarkup(ArticleSchema schema, bool referencesMarkup)
    {
        if (!schema.NeedsMarkup || referencesMarkup)
        {
            return null;
        }

        return schema.Input.Kind == InputKind.Markdown
            ? SchemaDiagnostic.Create(DiagnosticCatalog.MarkupNotReferenced, schema.InputRange, "reads Markdown ('input: markdown')")
            : SchemaDiagnostic.Create(DiagnosticCatalog.MarkupNotReferenced, schema.FrontMatter!.Range, "reads front matter ('frontMatter:')");
    }

    /// <summary>The diagnostics for a project that cannot compile the generated code; empty when it can.</summary>
    public static EquatableArray<SchemaDiagnostic> Check(ProjectFacts project)
    {
        if (!project.ReferencesRuntime)
        {
            string framework = project.TargetFramework is { } name ? $" (it targets {name})" : string.Empty;
            return new([SchemaDiagnostic.Create(DiagnosticCatalog.RuntimeNotReferenced, TextRange.FileStart, framework)]);
        }

        if (project.LanguageVersion < MinimumLanguageVersion)
        {
            return new([SchemaDiagnostic.Create(
                DiagnosticCatalog.LanguageVersionTooOld,
                TextRange.FileStart,
                Major(MinimumLanguageVersion),
                project.LanguageVersion.ToDisplayString())]);
        }

        return EquatableArray<SchemaDiagnostic>.Empty;
    }

    // "12" rather than "12.0": the form a project file writes in <LangVersion>.
    private static string Major(LanguageVersion version) => ((int)version / 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
