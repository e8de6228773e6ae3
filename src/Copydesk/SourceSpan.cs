namespace Copydesk;

/// <summary>
/// A located range of the original article text: 1-based line and column of its start and end
/// (end column exclusive) and the UTF-16 offset and length in the text given to the parser.
/// </summary>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column (UTF-16 code units) of the first character.</param>
/// <param name="EndLine">1-based line of the last character.</param>
/// <param name="EndColumn">1-based column just after the last character.</param>
/// <param name="Offset">0-based UTF-16 offset of the first character.</param>
/// <param name="Length">Length in UTF-16 code units, from the first to the last character.</param>
public readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn, int Offset, int Length)
{
    /// <summary>A span that covers <paramref name="first"/> through <paramref name="last"/>.</summary>
    public static SourceSpan Cover(SourceSpan first, SourceSpan last) =>
        new(first.Line, first.Column, last.EndLine, last.EndColumn, first.Offset, last.Offset + last.Length - first.Offset);

    /// <summary>Formats the start as <c>(line,column)</c>, the way compilers locate messages.</summary>
    public override string ToString() => $"({Line},{Column})";
}
