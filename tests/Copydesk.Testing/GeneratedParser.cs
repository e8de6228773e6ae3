using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Copydesk.Testing;

/// <summary>The article type the generator makes of one schema, compiled and loaded in memory as a user's build would.</summary>
public static class GeneratedParser
{
    /// <summary>The path the schema has in the in-memory project.</summary>
    public const string SchemaPath = GeneratorHarness.ProjectDirectory + "schemas/article.schema.yaml";

    /// <summary>
    /// Runs the generator on <paramref name="schemaText"/>, compiles what it emits and returns the generated article
    /// type (the one implementing <see cref="IArticle{TSelf}"/>). The assembly stays loaded for the rest of the run.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The generator failed or reported an error, or the generated code does not compile; the message says which.
    /// </exception>
    public static Type Compile(string schemaText, CancellationToken cancellationToken = default)
    {
        // One assembly name per schema text, so a failure names the load context of the schema that caused it.
        string name = "Generated_" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(schemaText)), 0, 8);
        GeneratorDriver driver = GeneratorHarness.CreateDriver([new GeneratorHarness.SchemaFile(SchemaPath, schemaText)], trackSteps: false)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(name, []), out Compilation output, out _, cancellationToken);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        if (run.Exception is not null)
        {
            throw new InvalidOperationException("The generator threw.", run.Exception);
        }

        Diagnostic[] errors = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0 || run.GeneratedSources.IsEmpty)
        {
            throw new InvalidOperationException("The generator emitted nothing for the schema:\n" + string.Join("\n", errors.Select(d => d.ToString())));
        }

        LoadedAssembly loaded = LoadedAssembly.Emit(output, collectible: false, cancellationToken);
        return loaded.Assembly.GetExportedTypes().Single(type =>
            type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IArticle<>)));
    }
}
