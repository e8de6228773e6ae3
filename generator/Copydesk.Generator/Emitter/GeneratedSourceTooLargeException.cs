using System;

namespace Copydesk.Generator.Emitter;

/// <summary>The source a schema generates would be longer than the limit; the generator reports CD1120 and emits a stand-in.</summary>
internal sealed class GeneratedSourceTooLargeException : Exception
{
    /// <summary>Creates the exception for a source past <paramref name="maxLength"/> characters.</summary>
    public GeneratedSourceTooLargeException(int maxLength)
        : base($"The generated source is longer than {maxLength} characters.") => MaxLength = maxLength;

    /// <summary>The limit the source went past.</summary>
    public int MaxLength { get; }
}
