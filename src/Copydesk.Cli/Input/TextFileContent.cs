namespace Copydesk.Cli.Input;

/// <summary>The outcome of reading a text file: its text, or why it could not be read.</summary>
/// <param name="Text">The decoded text without a byte order mark, or <see langword="null"/>.</param>
/// <param name="Problem">Why the file could not be read, or <see langword="null"/>.</param>
public sealed record TextFileContent(string? Text, FileProblem? Problem);
