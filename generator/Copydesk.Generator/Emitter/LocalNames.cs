using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace Copydesk.Generator.Emitter;

/// <summary>
/// The local variables of one generated method, named after the schema's slots (<c>headline</c>,
/// <c>headlineEnd</c>) so a person stepping through the code sees the schema. A name is never a parameter or
/// another local of the method, nor a member of the generated classes that the method could refer to, nor the
/// discard <c>_</c>; the second use of a name gets a number. Keywords, contextual ones included, are escaped.
/// </summary>
internal sealed class LocalNames
{
    private readonly EmitContext context;
    private readonly HashSet<string> used;

    /// <param name="context">The file's names, whose members locals must not hide.</param>
    /// <param name="taken">The method's parameters and fixed locals.</param>
    public LocalNames(EmitContext context, params string[] taken)
    {
        this.context = context;
        used = new HashSet<string>(taken) { "_" };
    }

    /// <summary>A fresh local named <paramref name="candidate"/> or, when that is taken, <c>candidate_2</c>, <c>candidate_3</c>, ….</summary>
    public string New(string candidate)
    {
        string name = candidate;
        for (int n = 2; context.IsMemberName(name) || !used.Add(name); n++)
        {
            name = candidate + "_" + n.ToString(CultureInfo.InvariantCulture);
        }

        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
            ? "@" + name
            : name;
    }
}
