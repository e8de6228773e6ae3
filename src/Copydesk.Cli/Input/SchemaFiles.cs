using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Interpretation;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Cli.Output;

namespace Copydesk.Cli.Input;

/// <summary>Loads the <c>--schema</c> of the commands that read articles.</summary>
public static class SchemaFiles
{
    /// <summary>
    /// Reads and loads the schema at <paramref name="path"/>. Its diagnostics (warnings included) go to
    /// <paramref name="error"/> MSBuild-style, as the build reports them, so standard output stays clean for results.
    /// </summary>
    /// <param name="path">The schema file.</param>
    /// <param name="error">Where problems are written.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The interpreter, or <see langword="null"/> when the file cannot be read or has errors.</returns>
    public static async Task<SchemaInterpreter?> LoadAsync(string path, TextWriter error, CancellationToken cancellationToken = default)
    {
        TextFileContent content = await TextFiles.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (content.Problem is { } problem)
        {
            error.WriteLine(problem.ToString(path));
            return null;
        }

        bool loaded = SchemaInterpreter.TryLoad(content.Text!, out SchemaInterpreter? interpreter, out EquatableArray<SchemaDiagnostic> diagnostics);
        foreach (SchemaDiagnostic diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.ToString(DisplayNames.Escape(path)));
        }

        if (!loaded || interpreter is null)
        {
            error.WriteLine($"{DisplayNames.Escape(path)}: error: the schema has errors, so no article was read.");
            return null;
        }

        return interpreter;
    }
}
