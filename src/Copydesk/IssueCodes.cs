namespace Copydesk;

/// <summary>The stable codes of <see cref="ArticleIssue"/>s. Documented in <c>docs/issues.md</c>.</summary>
public static class IssueCodes
{
    /// <summary>The article does not fit the layout of its schema.</summary>
    public const string ParseError = "CD2001";

    /// <summary>A text is longer than <c>maxLength</c>.</summary>
    public const string MaxLength = "CD3001";

    /// <summary>A text is shorter than <c>minLength</c>.</summary>
    public const string MinLength = "CD3002";

    /// <summary>A text has more words than <c>maxWords</c>.</summary>
    public const string MaxWords = "CD3003";

    /// <summary>A text has fewer words than <c>minWords</c>.</summary>
    public const string MinWords = "CD3004";

    /// <summary>A text does not match the <c>pattern</c> of its check.</summary>
    public const string Pattern = "CD3005";

    /// <summary>A text that must not be empty is empty.</summary>
    public const string NotEmpty = "CD3006";

    /// <summary>A text is not one of the values its check allows.</summary>
    public const string OneOf = "CD3007";

    /// <summary>An attribution names no speaker.</summary>
    public const string SpeakerRequired = "CD3008";

    /// <summary>A repeated slot has too few or too many items.</summary>
    public const string Count = "CD3009";
}
