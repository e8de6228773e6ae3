using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Copydesk.Interpretation.Parsing;
using Copydesk.Interpretation.Binding;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Reading;
using Copydesk.Schema.Model;
using Copydesk.Schema.Planning;

namespace Copydesk.Interpretation;

/// <summary>
/// Runs a schema at run time with exactly the semantics of the code the generator emits for it: the same
/// documents, the same parse errors, the same validation issues and the same contract JSON, on every input.
/// </summary>
/// <remarks>
/// An interpreter is immutable: build it once per schema and share it; any number of threads may call
/// <see cref="Parse"/> at once. Each parse keeps its own state, is linear in the number of lines and recurses
/// only as deep as the schema nests parts.
/// </remarks>
public sealed class SchemaInterpreter
{
    private readonly BoundSchema plan;

    private SchemaInterpreter(ArticleSchema schema, BoundSchema plan)
    {
        Schema = schema;
        this.plan = plan;
    }

    /// <summary>The schema this interpreter runs.</summary>
    public ArticleSchema Schema { get; }

    /// <summary>Prepares <paramref name="schema"/> to run.</summary>
    /// <param name="schema">A schema loaded without errors by <see cref="SchemaLoader"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The schema is not one the loader accepts: it uses an undeclared line class, part or marker, a part or line
    /// class contains itself, or a pattern is not a valid regular expression.
    /// </exception>
    public static SchemaInterpreter Create(ArticleSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new SchemaInterpreter(schema, PlanBinder.Bind(ParsePlanBuilder.Build(schema)));
    }

    /// <summary>Loads and checks a schema file's text and prepares it to run.</summary>
    /// <param name="yamlText">The text of a <c>*.schema.yaml</c> file.</param>
    /// <param name="interpreter">The interpreter, when the schema has no error.</param>
    /// <param name="diagnostics">Every problem found in the schema, in file order; warnings may come with an interpreter.</param>
    /// <returns><see langword="true"/> when the schema loaded without errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yamlText"/> is <see langword="null"/>.</exception>
    public static bool TryLoad(string yamlText, [NotNullWhen(true)] out SchemaInterpreter? interpreter, out EquatableArray<SchemaDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        SchemaLoadResult result = SchemaLoader.Load(yamlText);
        diagnostics = result.Diagnostics;
        interpreter = result.Schema is null ? null : Create(result.Schema);
        return interpreter is not null;
    }

    /// <summary>
    /// Parses raw article text. Never throws for bad text: when the text does not fit the layout, the result carries
    /// a located parse error instead of a document.
    /// </summary>
    /// <param name="text">The article text: one paragraph per line; blank lines are ignored.</param>
    /// <param name="trace">Told about every attempt as the parser works, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">
    /// Stops the parse: it is looked at every 1,024 line reads, so a long parse ends within that many reads of the request.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ParseResult<InterpretedArticle> Parse(string text, IParseTrace? trace = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseRun.Parse(plan, text, trace, cancellationToken);
    }

    /// <summary>
    /// The units the schema's layout reads from <paramref name="text"/>, as its input model makes them: those of the
    /// body, after the front matter when the schema declares one.
    /// </summary>
    /// <param name="text">The article text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public Copydesk.Units.TextUnit[] ReadUnits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseRun.BodyUnits(plan, text);
    }

    /// <summary>The units <paramref name="input"/> makes of <paramref name="text"/>, with the calls generated code makes.</summary>
    /// <param name="input">The input model.</param>
    /// <param name="text">The article text.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Copydesk.Units.TextUnit[] ReadUnits(InputModel input, string text)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(text);
        return InputUnits.Read(input, text);
    }
}
