using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;
using Copydesk.Interpretation;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Copydesk.Testing;

namespace Copydesk.Interpreter.Tests.BackEnds;

/// <summary>Reads articles with a schema on a <see cref="BackEnd"/>, building each schema once per back end.</summary>
public static class BackEndExtensions
{
    // Compiling a schema's generated code takes a while: every test of the run shares one build per schema text.
    private static readonly ConcurrentDictionary<(BackEnd, string), Lazy<Func<string, ArticleOutcome>>> Readers = new();

    /// <summary>Parses <paramref name="article"/> with the schema <paramref name="schemaText"/> on <paramref name="backEnd"/>, then validates it.</summary>
    /// <exception cref="InvalidOperationException">The schema has errors, or its generated code does not compile.</exception>
    public static ArticleOutcome Read(this BackEnd backEnd, string schemaText, string article) =>
        Readers.GetOrAdd((backEnd, schemaText), key => new Lazy<Func<string, ArticleOutcome>>(() => Build(key.Item1, key.Item2))).Value(article);

    private static Func<string, ArticleOutcome> Build(BackEnd backEnd, string schemaText) => backEnd switch
    {
        BackEnd.Generated => (Func<string, ArticleOutcome>)typeof(BackEndExtensions)
            .GetMethod(nameof(GeneratedReader), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(GeneratedParser.Compile(schemaText))
            .Invoke(null, null)!,
        BackEnd.Interpreted => InterpretedReader(schemaText),
        _ => throw new ArgumentOutOfRangeException(nameof(backEnd), backEnd, null),
    };

    private static Func<string, ArticleOutcome> GeneratedReader<TArticle>()
        where TArticle : class, IArticle<TArticle> =>
        article => ArticleOutcome.Of(TArticle.Parse(article));

    private static Func<string, ArticleOutcome> InterpretedReader(string schemaText)
    {
        if (!SchemaInterpreter.TryLoad(schemaText, out SchemaInterpreter? interpreter, out EquatableArray<SchemaDiagnostic> diagnostics))
        {
            throw new InvalidOperationException("The schema does not load:\n" + string.Join("\n", diagnostics.Select(d => d.ToString("inline.schema.yaml"))));
        }

        return article => ArticleOutcome.Of(interpreter.Parse(article));
    }
}
