using System;
using System.IO;

namespace Copydesk.Cli.Output;

/// <summary>Writing to standard output or standard error failed: the reader closed the pipe, the disk is full.</summary>
public sealed class OutputFailedException : IOException
{
    /// <summary>Creates the exception for <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream's name: <c>standard output</c> or <c>standard error</c>.</param>
    /// <param name="inner">What the write threw.</param>
    public OutputFailedException(string stream, Exception inner)
        : base($"cannot write to {stream}: {inner?.Message.TrimEnd('.')}.", inner)
    {
        Stream = stream;
    }

    /// <summary>The stream's name.</summary>
    public string Stream { get; }
}
