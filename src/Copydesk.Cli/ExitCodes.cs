namespace Copydesk.Cli;

/// <summary>
/// The exit codes of every command, documented in <c>docs/cli.md</c>. 0 and 1 are part of the command-line contract:
/// whether any issue has severity <c>error</c>. 2 means the tool could not do what was asked.
/// </summary>
public static class ExitCodes
{
    /// <summary>No issue has severity <c>error</c> (warnings and infos may have been reported).</summary>
    public const int Success = 0;

    /// <summary>At least one issue (or schema diagnostic, for <c>check</c>) has severity <c>error</c>.</summary>
    public const int ErrorsFound = 1;

    /// <summary>
    /// Bad usage (unknown option, missing <c>--schema</c>, no files), a schema that cannot be read or has errors,
    /// or an input file that could not be read.
    /// </summary>
    public const int Failure = 2;

    /// <summary>The run was cancelled (Ctrl+C), as shells report for SIGINT.</summary>
    public const int Cancelled = 130;

    /// <summary>The run was stopped by SIGTERM (a batch system ending the task), as shells report for it.</summary>
    public const int Terminated = 143;
}
