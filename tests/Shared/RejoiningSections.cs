using System.Text;

namespace Copydesk.Testing;

/// <summary>
/// A repetition of parts inside a part whose items read one or two lines: sections of entries, each a code line then a
/// sentence, or a sentence alone, closed by a label. Tried at every line of entries with no label, a section reads to
/// the end of the article and fails there, and is tried again from inside the run it read: the shape that keeps a
/// parse linear only by remembering and sharing runs, and that the tools following a parse must follow in kind.
/// </summary>
internal static class RejoiningSections
{
    /// <summary>The line class and the parts: <c>Entry</c> (an optional code, then a sentence) and <c>Section</c>.</summary>
    public const string EntriesAndSections = """
        lines:
          code: { pattern: "^[A-Z]{2}-[0-9]+$" }
        parts:
          Entry:
            - code: { line: code, optional: true }
            - text: sentence
          Section:
            - entries: { part: Entry, repeat: 0+ }
            - close: label
        """;

    /// <summary>A body that tries a section at every line and otherwise reads the line as any line.</summary>
    public const string Schema = "copydesk: 1\ntype: Sections\n" + EntriesAndSections + "\n" + """
        layout:
          - body:
              repeat: 0+
              oneOf:
                - section: Section
                - other: any
        """;

    /// <summary><paramref name="count"/> entries of two lines, <c>AB-i</c> then <c>Sentence i.</c>, with no label after them.</summary>
    public static string Entries(int count)
    {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Append("AB-").Append(i).Append('\n').Append("Sentence ").Append(i).Append(".\n");
        }

        return text.ToString();
    }
}
