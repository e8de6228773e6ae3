namespace Copydesk.Markup.FrontMatter;

/// <summary>What a key the schema does not declare in a front-matter mapping becomes.</summary>
public enum FrontMatterUnknownKeys
{
    /// <summary>Nothing: the key is read past (static site generators keep many keys of their own).</summary>
    Allow,

    /// <summary>A warning (<see cref="IssueCodes.FrontMatterUnknownKey"/>) from <c>Validate()</c>.</summary>
    Warn,

    /// <summary>An error (<see cref="IssueCodes.FrontMatterUnknownKey"/>) from <c>Validate()</c>.</summary>
    Error,
}
