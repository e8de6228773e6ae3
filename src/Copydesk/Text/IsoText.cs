using System;
using System.Globalization;

namespace Copydesk.Text;

/// <summary>
/// Dates and date-times as ISO 8601 text: the one form the contract JSON, the JSON-LD and the rules' messages write them in.
/// </summary>
internal static class IsoText
{
    /// <summary>A date as <c>2024-05-14</c>.</summary>
    public static string Of(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date and time with its offset, seconds' fractions only where there are any: <c>2024-05-15T08:30:00+02:00</c>.</summary>
    public static string Of(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
