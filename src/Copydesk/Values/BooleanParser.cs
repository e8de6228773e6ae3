using System;

namespace Copydesk.Values;

/// <summary>
/// <c>value: boolean</c>: reads <c>true</c>, <c>yes</c> (<see langword="true"/>) and <c>false</c>, <c>no</c>
/// (<see langword="false"/>), in any case. Issue code <see cref="IssueCodes.NotABoolean"/>; documented in
/// <c>docs/issues.md#cd3014</c>.
/// </summary>
public static class BooleanParser
{
    /// <summary>Reads <paramref name="text"/>, trimmed. Never throws.</summary>
    public static ValueResult<bool> Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return ValueText.Fail<bool>(IssueCodes.NotABoolean, ValueFailureReason.Empty);
        }

        if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            return ValueResult<bool>.Success(true);
        }

        if (text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return ValueResult<bool>.Success(false);
        }

        return ValueText.Fail<bool>(IssueCodes.NotABoolean, ValueFailureReason.Malformed);
    }
}
