using System;
using System.Collections.Generic;
using Copydesk.Schema.Model;

namespace Copydesk.Corpus;

/// <summary>
/// Writes a unit's text as the Markdown block its line class asks for (<c>block:</c> and <c>level:</c>), for schemas
/// with <c>input: markdown</c>: a heading of the right level, a list item, a quote, a code fence, an image, a table, a
/// break or an HTML block. Text of a class that names no block is written as it is, and may turn into another block,
/// as careless Markdown does.
/// </summary>
public sealed class MarkdownBlocks
{
    private readonly Dictionary<string, LineClass> classes = new(StringComparer.Ordinal);

    /// <summary>Prepares the classes of <paramref name="schema"/>.</summary>
    public MarkdownBlocks(ArticleSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        foreach (LineClass lineClass in schema.LineClasses)
        {
            classes[lineClass.Name] = lineClass;
        }
    }

    /// <summary><paramref name="text"/> as a block of the class <paramref name="className"/>.</summary>
    public string Write(string className, string text, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!classes.TryGetValue(className, out LineClass? lineClass))
        {
            return text;
        }

        (string? kind, int level) = Find(lineClass.Predicate);
        return kind switch
        {
            "heading" => new string('#', Math.Clamp(Near(level, random), 1, 6)) + " " + text,
            "listItem" => NewsText.Pick(random, ["- ", "* ", "1. ", "2) "]) + text,
            "quote" => "> " + text,
            "code" => "```" + NewsText.Pick(random, [string.Empty, "text", "csharp"]) + "\n" + text + "\n```",
            "image" => "![" + text + "](/images/" + random.Next(100) + ".jpg)",
            "table" => "| " + text + " | Note |\n| --- | --- |\n| 1 | 2 |",
            "thematicBreak" => NewsText.Pick(random, ["---", "***", "___"]),
            "html" => "<div>\n" + text + "\n</div>",
            _ => text,
        };
    }

    // The level asked for, or one off: heading levels are what Markdown writers most often get wrong.
    private static int Near(int level, Random random) => random.Next(3) switch
    {
        0 => level - 1,
        1 => level + 1,
        _ => level,
    };

    // The first block kind and the lowest level the class's conjunction names, through class references.
    private (string? Kind, int Level) Find(Predicate predicate)
    {
        switch (predicate)
        {
            case BlockPredicate block when block.Kinds.Count > 0:
                return (block.Kinds[0], 0);
            case LevelPredicate level:
                return (null, level.Min);
            case ClassPredicate reference when classes.TryGetValue(reference.Name, out LineClass? inner):
                return Find(inner.Predicate);
            case AllPredicate all:
                string? kind = null;
                int found = 1;
                foreach (Predicate operand in all.Operands)
                {
                    (string? k, int l) = Find(operand);
                    kind ??= k;
                    found = Math.Max(found, l);
                }

                return (kind, found);
            default:
                return (null, 0);
        }
    }
}
