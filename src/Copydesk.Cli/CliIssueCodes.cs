namespace Copydesk.Cli;

/// <summary>
/// Issue codes that belong to the command-line tool rather than to a schema: problems with an input file itself.
/// They appear in text output and, with <c>--format json</c>, as the single issue of the file's contract line (whose
/// <c>document</c> is <see langword="null"/>). Either one makes the command exit with <see cref="ExitCodes.Failure"/>.
/// Article issues use <c>CD2xxx</c>/<c>CD3xxx</c> (<see cref="IssueCodes"/>), schema diagnostics <c>CD1xxx</c>.
/// </summary>
public static class CliIssueCodes
{
    /// <summary>
    /// CD0001: the file cannot be read: it does not exist, is a folder, access is denied or reading failed.
    /// Reported at line 1, column 1.
    /// </summary>
    public const string CannotRead = "CD0001";

    /// <summary>
    /// CD0002: the file is not UTF-8 text: it contains a NUL byte (a binary or UTF-16 file) or a byte sequence that
    /// is not valid UTF-8. Reported at the line and column of the first offending byte.
    /// </summary>
    public const string NotUtf8Text = Copydesk.Text.TextDecoding.NotTextCode;

    /// <summary>
    /// CD0003: a record of JSON-lines input (<c>--input jsonl</c>) cannot be read: the line is not a JSON object, or
    /// it lacks the id or text field. Reported at the line and column of the input file where the problem is; the
    /// other records are still read.
    /// </summary>
    public const string BadRecord = "CD0003";

    /// <summary>
    /// CD0004: the file, or a record of JSON-lines input, is larger than the input size cap (<c>--max-input-size</c>,
    /// 64 MiB by default; see <see cref="Input.InputLimits"/>), so it is not read. Reported at line 1, column 1 of a
    /// file, or at the record's line; the batch goes on.
    /// </summary>
    public const string TooLarge = "CD0004";

    /// <summary>
    /// CD0005: the path names a device (such as <c>/dev/zero</c>), a named pipe or a socket rather than a regular file,
    /// which could block forever or never end, so it is not read. Reported at line 1, column 1; the batch goes on.
    /// </summary>
    public const string NotARegularFile = "CD0005";
}
