namespace Copydesk;

/// <summary>How serious an <see cref="ArticleIssue"/> is. Only <see cref="Error"/> fails a check.</summary>
public enum IssueSeverity
{
    /// <summary>Worth knowing; never fails a check.</summary>
    Info,

    /// <summary>Probably wrong; never fails a check.</summary>
    Warning,

    /// <summary>Wrong: the article does not parse or breaks a rule of its schema.</summary>
    Error,
}

/// <summary>Names of <see cref="IssueSeverity"/> values as they appear in messages and JSON.</summary>
public static class IssueSeverityNames
{
    /// <summary>Returns <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string ToName(this IssueSeverity severity) => severity switch
    {
        IssueSeverity.Error => "error",
        IssueSeverity.Warning => "warning",
        _ => "info",
    };
}
