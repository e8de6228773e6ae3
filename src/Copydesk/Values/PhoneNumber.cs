namespace Copydesk.Values;

/// <summary>A phone number read by <c>value: phone</c>, such as <c>+1 (212) 555-0100 ext. 23</c>.</summary>
/// <param name="Text">The trimmed text, as written.</param>
/// <param name="Digits">The digits of the number without its extension, with the leading <c>+</c> when written: <c>+12125550100</c>.</param>
/// <param name="Extension">The digits of the extension, or <see langword="null"/> when there is none: <c>23</c>.</param>
public sealed record PhoneNumber(string Text, string Digits, string? Extension)
{
    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
