using System;
using System.Text;

namespace Copydesk.Generator.Emitter;

/// <summary>Writes indented C# source, one line at a time. The only way the emitter produces text.</summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder builder = new();
    private readonly int maxLength;
    private int indentation;

    /// <summary>Creates a writer that stops with <see cref="GeneratedSourceTooLargeException"/> past <paramref name="maxLength"/> characters.</summary>
    /// <param name="maxLength">The most characters the source may have.</param>
    public SourceWriter(int maxLength = int.MaxValue) => this.maxLength = maxLength;

    /// <summary>Writes <paramref name="line"/> at the current indentation, then a line break.</summary>
    public void WriteLine(string line)
    {
        if (line.Length > 0)
        {
            builder.Append(' ', indentation * IndentSize);
            builder.Append(line);
        }

        builder.Append('\n');
        CheckLength();
    }

    /// <summary>Appends text written by another writer at the same indentation.</summary>
    public void WriteRaw(string text)
    {
        builder.Append(text);
        CheckLength();
    }

    // Stops as soon as the source is too long, so a schema past the limit costs the limit, not what it would generate.
    private void CheckLength()
    {
        if (builder.Length > maxLength)
        {
            throw new GeneratedSourceTooLargeException(maxLength);
        }
    }

    /// <summary>Whether anything was written.</summary>
    public bool HasContent => builder.Length > 0;

    /// <summary>Writes an empty line.</summary>
    public void WriteLine()
    {
        builder.Append('\n');
        CheckLength();
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public void OpenBlock()
    {
        WriteLine("{");
        indentation++;
    }

    /// <summary>Unindents and writes <c>}</c> followed by <paramref name="suffix"/>.</summary>
    public void CloseBlock(string suffix = "")
    {
        indentation--;
        if (indentation < 0)
        {
            throw new InvalidOperationException("Unbalanced block.");
        }

        WriteLine("}" + suffix);
    }

    /// <summary>Indents the following lines one more level.</summary>
    public void Indent() => indentation++;

    /// <summary>Indents the following lines one level less.</summary>
    public void Unindent() => indentation--;

    /// <inheritdoc/>
    public override string ToString() => builder.ToString();
}
