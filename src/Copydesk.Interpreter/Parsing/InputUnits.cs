using System;
using Copydesk.Schema.Model;
using Copydesk.Units;

namespace Copydesk.Interpretation.Parsing;

/// <summary>Turns article text into units the way the plan's input model says, with the runtime calls generated code makes.</summary>
internal static class InputUnits
{
    public static TextUnit[] Read(InputModel input, string text, int bodyOffset = 0) => input.Kind switch
    {
        InputKind.Lines => ArticleUnits.Lines(text, bodyOffset),
        InputKind.Paragraphs => ArticleUnits.Paragraphs(text, input.IndentStartsParagraph, bodyOffset),
        InputKind.Markdown => Copydesk.Markup.Markdown.MarkdownUnits.Read(text, bodyOffset),
        _ => throw new InvalidOperationException($"The interpreter does not know the input model {input.Kind}."),
    };
}
