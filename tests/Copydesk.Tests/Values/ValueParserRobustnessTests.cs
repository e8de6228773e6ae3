using System;
using System.Collections.Generic;
using System.Text;
using Copydesk.Values;
using Xunit;

namespace Copydesk.Tests.Values;

/// <summary>
/// Whatever the text, a value parser returns a value or a failure under its own code, and never throws.
/// Texts are generated from a fixed seed out of the characters and fragments the parsers look at.
/// </summary>
public sealed class ValueParserRobustnessTests
{
    private const int Samples = 4000;

    private static readonly string[] Fragments =
    [
        "0", "1", "2", "9", "12", "2024", "-", "+", "\u2212", ":", ".", ",", "/", " ", "\t", "\u00A0", "\u202F",
        "T", "Z", "z", "e", "x", "#", "@", "'", "\"", "(", ")", "[", "]", "|", "—", "–", "&", "and", "AND", "By", "BY ",
        "ext.", "Sept", "March", "Mar.", "AP", "Reuters", "http", "https", "://", "mailto:", "www", "example", "com",
        "٣", "１", "é", "\u0301", "\uD83D\uDE00", "\uD83D", "\uDE00", "\u0000", "\u200B", "\uFFFD", "true", "no",
    ];

    public static IEnumerable<TheoryDataRow<string, Func<string, ValueFailure?>>> Parsers()
    {
        yield return new("date", text => DateParser.Parse(text, new DateOptions(["MMMM d, yyyy", "d MMM. yyyy"])).FailureOrNull);
        yield return new("date-time", text => DateTimeParser.Parse(text, new DateTimeOptions(["yyyy-MM-dd HH:mm zzz", "MMMM d h:mm tt"], TimeSpan.FromHours(14))).FailureOrNull);
        yield return new("integer", text => IntegerParser.Parse(text, new NumberOptions(',')).FailureOrNull);
        yield return new("number", text => NumberParser.Parse(text, new NumberOptions(' ', ',')).FailureOrNull);
        yield return new("boolean", text => BooleanParser.Parse(text).FailureOrNull);
        yield return new("url", text => UrlParser.Parse(text, new UrlOptions(["http", "https", "mailto", "x"])).FailureOrNull);
        yield return new("email", text => EmailParser.Parse(text).FailureOrNull);
        yield return new("phone", text => PhoneParser.Parse(text).FailureOrNull);
        yield return new("byline", text => BylineParser.Parse(text).FailureOrNull);
    }

    [Theory]
    [MemberData(nameof(Parsers))]
    public void No_text_throws_and_every_failure_has_the_parsers_code(string name, Func<string, ValueFailure?> parse)
    {
        string code = CodeOf(name);
        var random = new Random(name.Length * 7919);
        foreach (string text in Texts(random))
        {
            ValueFailure? failure = parse(text);
            if (failure is { } refused)
            {
                Assert.Equal(code, refused.Code);
                Assert.True(Enum.IsDefined(refused.Reason));
                Assert.False(string.IsNullOrEmpty(refused.Describe("value", text)));
            }
        }
    }

    [Fact]
    public void No_text_makes_a_list_throw_and_items_keep_their_place()
    {
        var random = new Random(17);
        var options = new ListOptions<long>(", ", static item => IntegerParser.Parse(item));
        foreach (string text in Texts(random))
        {
            foreach (ListItem<long> item in ListParser.Parse(text, options).Items)
            {
                Assert.Equal(item.Text, text.Substring(item.Offset, item.Text.Length));
                Assert.True(item.Result.IsSuccess || item.Result.Failure.Code is IssueCodes.NotAnInteger or IssueCodes.EmptyListItem);
            }
        }
    }

    private static IEnumerable<string> Texts(Random random)
    {
        var builder = new StringBuilder();
        for (int sample = 0; sample < Samples; sample++)
        {
            builder.Clear();
            int length = random.Next(0, 12);
            for (int i = 0; i < length; i++)
            {
                // Mostly known fragments, sometimes any UTF-16 code unit, lone surrogates included.
                builder.Append(random.Next(8) == 0 ? ((char)random.Next(0, 0x10000)).ToString() : Fragments[random.Next(Fragments.Length)]);
            }

            yield return builder.ToString();
        }
    }

    private static string CodeOf(string name) => name switch
    {
        "date" => IssueCodes.NotADate,
        "date-time" => IssueCodes.NotADateTime,
        "integer" => IssueCodes.NotAnInteger,
        "number" => IssueCodes.NotANumber,
        "boolean" => IssueCodes.NotABoolean,
        "url" => IssueCodes.NotAUrl,
        "email" => IssueCodes.NotAnEmail,
        "phone" => IssueCodes.NotAPhone,
        _ => IssueCodes.NotAByline,
    };
}
