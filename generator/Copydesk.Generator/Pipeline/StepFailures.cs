using System;
using System.Threading;

namespace Copydesk.Generator.Pipeline;

/// <summary>
/// What a step of the generator does with an exception: only a cancellation the compiler asked for may leave the
/// generator (anything else fails the build with CS8785); every other exception is described in the diagnostic that
/// reports it instead (CD1099 at a schema, CD1149 at an article).
/// </summary>
internal static class StepFailures
{
    /// <summary>Whether <paramref name="exception"/> is the cancellation the compiler asked for, which must propagate.</summary>
    public static bool IsCancellation(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException && cancellationToken.IsCancellationRequested;

    /// <summary>The exception's type and message, as diagnostics quote it.</summary>
    public static string Describe(Exception exception) => exception.GetType().Name + ": " + exception.Message;
}
