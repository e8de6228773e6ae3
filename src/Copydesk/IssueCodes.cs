namespace Copydesk;

/// <summary>The stable codes of <see cref="ArticleIssue"/>s. Documented in <c>docs/issues.md</c>.</summary>
public static class IssueCodes
{
    /// <summary>The article does not fit the layout of its schema.</summary>
    public const string ParseError = "CD2001";

    /// <summary>A pattern that needs the backtracking engine could not decide a line within its time budget.</summary>
    public const string PatternTimeout = "CD2002";

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

    /// <summary>A quotation in a <c>value: quotes</c> paragraph names no speaker, not even through a pronoun or an earlier paragraph.</summary>
    public const string QuoteSpeakerRequired = "CD3045";

    /// <summary>A quotation in a <c>value: quotes</c> paragraph is attributed further back than its check's <c>attributedWithin</c>, or not at all.</summary>
    public const string AttributedWithin = "CD3046";

    /// <summary>A repeated slot has too few or too many items.</summary>
    public const string Count = "CD3009";

    /// <summary>A <c>value: date</c> text is not a date.</summary>
    public const string NotADate = "CD3010";

    /// <summary>A repeated <c>oneOf</c> has too few or too many items of one case (<c>count</c> on the case).</summary>
    public const string CaseCount = "CD3050";

    /// <summary>A <c>value: date-time</c> text is not a date and time with a UTC offset.</summary>
    public const string NotADateTime = "CD3011";

    /// <summary>A <c>value: integer</c> text is not an integer, or is out of range.</summary>
    public const string NotAnInteger = "CD3012";

    /// <summary>A <c>value: number</c> text is not a number, or is out of range.</summary>
    public const string NotANumber = "CD3013";

    /// <summary>A <c>value: boolean</c> text is not one of <c>true</c>, <c>false</c>, <c>yes</c>, <c>no</c>.</summary>
    public const string NotABoolean = "CD3014";

    /// <summary>A <c>value: url</c> text is not an absolute URL with an allowed scheme.</summary>
    public const string NotAUrl = "CD3015";

    /// <summary>A <c>value: email</c> text is not an e-mail address.</summary>
    public const string NotAnEmail = "CD3016";

    /// <summary>A <c>value: phone</c> text is not a phone number.</summary>
    public const string NotAPhone = "CD3017";

    /// <summary>An item of a <c>value: list</c> text is empty.</summary>
    public const string EmptyListItem = "CD3018";

    /// <summary>A <c>value: byline</c> text is not a byline.</summary>
    public const string NotAByline = "CD3019";

    /// <summary>An article opens front matter with <c>---</c> and never closes it.</summary>
    public const string FrontMatterUnclosed = "CD2020";

    /// <summary>An article's front matter is not well-formed YAML.</summary>
    public const string FrontMatterSyntax = "CD2021";

    /// <summary>An article's front matter nests deeper than the front-matter reader allows.</summary>
    public const string FrontMatterTooDeep = "CD2022";

    /// <summary>An article's front matter has more nodes than the front-matter reader allows.</summary>
    public const string FrontMatterTooLarge = "CD2023";

    /// <summary>An article's front matter expands aliases to more nodes than the front-matter reader allows (a YAML bomb).</summary>
    public const string FrontMatterAliasExpansion = "CD2024";

    /// <summary>A scalar of an article's front matter is longer than the front-matter reader allows.</summary>
    public const string FrontMatterScalarTooLong = "CD2025";

    /// <summary>An article's front matter is not a mapping of keys to values.</summary>
    public const string FrontMatterNotMapping = "CD2026";

    /// <summary>A key appears twice in one mapping of an article's front matter.</summary>
    public const string FrontMatterDuplicateKey = "CD2027";

    /// <summary>A front-matter key the schema requires is missing or empty.</summary>
    public const string FrontMatterMissingKey = "CD3030";

    /// <summary>A front-matter value is of the wrong kind: a list or mapping where a scalar belongs, a quoted number, …</summary>
    public const string FrontMatterWrongType = "CD3031";

    /// <summary>A front-matter key the schema does not declare, when the schema reports unknown keys.</summary>
    public const string FrontMatterUnknownKey = "CD3032";

    /// <summary>A front-matter value lies outside the <c>min</c>/<c>max</c> range of its field.</summary>
    public const string FrontMatterOutOfRange = "CD3033";

    /// <summary>A rule's list does not have as many items as the integer it is counted against says (<c>count</c> and <c>equals</c>).</summary>
    public const string RuleCount = "CD3051";

    /// <summary>A rule's dates are not in the order it states (<c>before</c>, <c>notBefore</c>, <c>after</c>, <c>notAfter</c>).</summary>
    public const string RuleDateOrder = "CD3052";

    /// <summary>A field a rule requires is absent while the other field is present (<c>requiredWith</c>).</summary>
    public const string RuleRequiredWith = "CD3053";

    /// <summary>A field a rule forbids is present together with the other field (<c>forbiddenWith</c>).</summary>
    public const string RuleForbiddenWith = "CD3054";
}
