using System.Collections.Generic;
using System.Linq;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Reading;

/// <summary>Collects the diagnostics of one load and hands them out in file order.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<SchemaDiagnostic> items = new();

    /// <summary>True once a diagnostic whose default severity is error was added.</summary>
    public bool HasErrors { get; private set; }

    public void Add(SchemaDiagnosticDescriptor descriptor, TextRange range, params string[] arguments) =>
        Add(SchemaDiagnostic.Create(descriptor, range, arguments));

    public void Add(SchemaDiagnostic diagnostic)
    {
        items.Add(diagnostic);
        HasErrors |= diagnostic.Descriptor.DefaultSeverity == SchemaSeverity.Error;
    }

    /// <summary>The diagnostics ordered by position; OrderBy is stable, so ties keep the order they were found in.</summary>
    public EquatableArray<SchemaDiagnostic> ToSortedArray() =>
        items.OrderBy(d => d.Range.StartOffset).ToEquatableArray();
}
