using System.Collections.Generic;
using System.Text;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Reading;

/// <summary>
/// Line classes written inline on a slot or case (<c>line: { pattern: '@', maxWords: 4 }</c>). Each becomes a line
/// class named after the predicates as written, in one line (<c>{ pattern: '@', maxWords: 4 }</c>): that name is what
/// parse errors, traces and diagnostics show, it cannot be a declared name (which is an identifier), and two slots
/// with the same inline predicates share one class.
/// </summary>
internal sealed class InlineLineClasses
{
    private readonly LoadContext context;
    private readonly LineClassReader reader;
    private readonly Dictionary<string, LineClass> classes = new();
    private readonly List<LineClass> ordered = new();

    public InlineLineClasses(LoadContext context)
    {
        this.context = context;
        reader = new LineClassReader(context);
    }

    /// <summary>The inline classes read so far, in the order first written.</summary>
    public IReadOnlyList<LineClass> Classes => ordered;

    /// <summary>Whether <paramref name="name"/> is the name of an inline class (never an identifier).</summary>
    public static bool IsInlineName(string name) => name.Length > 0 && name[0] == '{';

    /// <summary>Reads the predicates of <paramref name="mapping"/> and returns the class name.</summary>
    public string Read(YamlMapping mapping)
    {
        string name = Written(mapping);
        if (!classes.ContainsKey(name))
        {
            var lineClass = new LineClass(name, reader.ReadInline(mapping, name), null, mapping.Range);
            classes.Add(name, lineClass);
            ordered.Add(lineClass);
        }

        return name;
    }

    // The mapping in flow style on one line, scalars as written (quoted in single quotes unless they were plain).
    private static string Written(YamlNode node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(YamlNode node, StringBuilder text)
    {
        switch (node)
        {
            case YamlMapping mapping:
                text.Append("{ ");
                for (int i = 0; i < mapping.Entries.Count; i++)
                {
                    text.Append(i > 0 ? ", " : string.Empty);
                    Write(mapping.Entries[i].Key, text);
                    text.Append(": ");
                    Write(mapping.Entries[i].Value, text);
                }

                text.Append(" }");
                break;
            case YamlSequence sequence:
                text.Append('[');
                for (int i = 0; i < sequence.Items.Count; i++)
                {
                    text.Append(i > 0 ? ", " : string.Empty);
                    Write(sequence.Items[i], text);
                }

                text.Append(']');
                break;
            case YamlScalar { IsPlain: true } plain:
                text.Append(plain.Value);
                break;
            case YamlScalar quoted:
                text.Append('\'').Append(quoted.Value.Replace("'", "''")).Append('\'');
                break;
            default:
                text.Append('?');
                break;
        }
    }
}
