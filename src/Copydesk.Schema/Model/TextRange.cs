namespace Copydesk.Schema.Model;

/// <summary>
/// Where a node stands in a schema file: 1-based line and column of its start and end (end exclusive)
/// and 0-based character offsets. A plain value, so models that carry it stay cacheable.
/// </summary>
public readonly record struct TextRange(int StartLine, int StartColumn, int EndLine, int EndColumn, int StartOffset, int EndOffset)
{
    /// <summary>The range of the whole first character of a file, for problems that belong to no node.</summary>
    public static TextRange FileStart => new(1, 1, 1, 1, 0, 0);

    /// <summary>Formats the start as <c>(line,column)</c>.</summary>
    public override string ToString() => $"({StartLine},{StartColumn})";
}
