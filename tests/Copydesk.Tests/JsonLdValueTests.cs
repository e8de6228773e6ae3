using System;
using System.Collections.Generic;
using System.Globalization;
using Copydesk.Json;
using Xunit;

namespace Copydesk.Tests;

/// <summary>
/// The texts the JSON-LD writer adds for typed values: ISO 8601 dates and date-times, absolute URLs, invariant
/// numbers, and nothing for a value that is absent. Generated code calls the typed overloads, the interpreter
/// <see cref="JsonLdWriter.AddObject"/> with the same value boxed; both add the same text.
/// </summary>
public sealed class JsonLdValueTests
{
    public static TheoryData<object, string> Values => new()
    {
        { new DateOnly(2024, 5, 14), "2024-05-14" },
        { new DateTimeOffset(2024, 5, 15, 8, 30, 0, TimeSpan.FromHours(2)), "2024-05-15T08:30:00+02:00" },
        { new DateTimeOffset(2024, 5, 15, 8, 30, 0, 250, TimeSpan.Zero), "2024-05-15T08:30:00.25+00:00" },
        { new Uri("https://example.com/a b"), "https://example.com/a%20b" },
        { "ana@example.com", "ana@example.com" },
        { -1234567890123L, "-1234567890123" },
        { 2.50m, "2.50" },
        { true, "true" },
        { false, "false" },
    };

    // The typed overload the generated code calls for a value of this type, picked at compile time.
    private static void AddTyped(List<string> values, object value)
    {
        switch (value)
        {
            case DateOnly date:
                JsonLdWriter.AddValue(values, date);
                break;
            case DateTimeOffset time:
                JsonLdWriter.AddValue(values, time);
                break;
            case Uri url:
                JsonLdWriter.AddValue(values, url);
                break;
            case string text:
                JsonLdWriter.AddValue(values, text);
                break;
            case long integer:
                JsonLdWriter.AddValue(values, integer);
                break;
            case decimal number:
                JsonLdWriter.AddValue(values, number);
                break;
            case bool flag:
                JsonLdWriter.AddValue(values, flag);
                break;
            default:
                throw new ArgumentException("No typed overload takes a " + value.GetType().Name, nameof(value));
        }
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void A_typed_value_and_the_same_value_boxed_add_the_same_text_on_every_machine_culture(object value, string expected)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var typed = new List<string>();
            var boxed = new List<string>();

            AddTyped(typed, value);
            JsonLdWriter.AddObject(boxed, value);

            Assert.Equal([expected], typed);
            Assert.Equal([expected], boxed);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void An_absent_value_adds_nothing()
    {
        var values = new List<string>();

        JsonLdWriter.AddValue(values, (DateOnly?)null);
        JsonLdWriter.AddValue(values, (DateTimeOffset?)null);
        JsonLdWriter.AddValue(values, (Uri?)null);
        JsonLdWriter.AddValue(values, (string?)null);
        JsonLdWriter.AddValue(values, (long?)null);
        JsonLdWriter.AddValue(values, (decimal?)null);
        JsonLdWriter.AddValue(values, (bool?)null);
        JsonLdWriter.AddObject(values, null);

        Assert.Empty(values);
    }

    [Fact]
    public void A_value_of_a_type_no_property_is_filled_with_is_refused_and_a_missing_list_always()
    {
        Assert.Throws<ArgumentException>("value", () => JsonLdWriter.AddObject([], 1.5d));
        Assert.Throws<ArgumentNullException>("values", () => JsonLdWriter.AddValue(null!, (DateOnly?)null));
        Assert.Throws<ArgumentNullException>("values", () => JsonLdWriter.AddObject(null!, null));
    }
}
