using System;
using System.Linq;
using Copydesk.Interpreter.Tests.BackEnds;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// Typed values (<c>value: date</c>, <c>integer</c>, <c>list</c>, …), on both back ends: the contract JSON holds the
/// typed value, a refused text is <c>null</c> there and a located value error from <c>Validate()</c>, never an
/// exception, and a list reports each refused item at its index and its own span.
/// </summary>
public sealed class TypedValueTests
{
    private const string Schema = """
        copydesk: 1
        type: Release
        lines:
          dated: { pattern: '^Dated,' }
        layout:
          - headline: label
          - published: { after: "Published", line: any, value: { type: date, formats: ["MMMM d, yyyy"] } }
          - updated:   { after: "Updated", line: any, value: { type: date-time, offset: "-05:00" } }
          - count:     { after: "Count", line: any, value: { type: integer, groupSeparator: "," } }
          - price:     { after: "Price", line: any, value: { type: number, groupSeparator: ".", decimalSeparator: "," } }
          - embargo:   { after: "Embargo", line: any, value: boolean }
          - source:    { after: "Source", line: any, value: { type: url, schemes: [https, mailto] } }
          - email:     { after: "Email", line: any, value: email }
          - phone:     { after: "Phone", line: any, value: phone }
          - byline:    { after: "Byline", line: any, value: { type: byline, agencies: [AP, Reuters] } }
          - tags:      { after: "Tags", line: any, value: { type: list, separator: ";", item: integer } }
          - words:     { after: "Words", line: any, value: { type: list, separator: "," } }
          - facts:
              repeat: 0+
              oneOf:
                - day: { line: dated, value: { type: list, separator: ",", item: date } }
                - note: sentence
        """;

    private const string Valid = """
        Acme opens a plant
        Published
        March 3, 2025
        Updated
        2025-03-03T10:30:00
        Count
        1,234
        Price
        1.234,50
        Embargo
        yes
        Source
        mailto:desk@example.org
        Email
        ana.ruiz@example.org
        Phone
        +1 (212) 555-0100 ext. 23
        Byline
        By ANA RUIZ AP Business Writer
        Tags
        1; 2;3
        Words
        rail, strikes
        The plant opens in May.
        """;

    [Theory]
    [EachBackEnd]
    public void Every_parser_writes_its_typed_value(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, Valid);

        Assert.Empty(outcome.Issues);
        Assert.Equal(
            """{"headline":"Acme opens a plant","published":"2025-03-03","updated":"2025-03-03T10:30:00-05:00","count":1234,"price":1234.50,"embargo":true,"source":"mailto:desk@example.org","email":"ana.ruiz@example.org","phone":{"text":"+1 (212) 555-0100 ext. 23","digits":"+12125550100","extension":"23"},"byline":{"text":"By ANA RUIZ AP Business Writer","names":["ANA RUIZ"],"agency":"AP Business Writer"},"tags":[1,2,3],"words":["rail","strikes"],"facts":[{"$type":"note","text":"The plant opens in May."}]}""",
            outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void A_refused_value_is_null_and_a_located_value_error(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, "Acme opens a plant\nPublished\nnext Tuesday\nCount\nabout 40\nSource\nwww.example.com");

        Assert.Equal(
            """{"headline":"Acme opens a plant","published":null,"updated":null,"count":null,"price":null,"embargo":null,"source":null,"email":null,"phone":null,"byline":null,"tags":null,"words":null,"facts":[]}""",
            outcome.Json);
        Assert.Equal(
            [
                (IssueCodes.NotADate, IssueSeverity.Error, "published", "published is not a date: \"next Tuesday\".", new SourceSpan(3, 1, 3, 13, 29, 12)),
                (IssueCodes.NotAnInteger, IssueSeverity.Error, "count", "count is not an integer: \"about 40\".", new SourceSpan(5, 1, 5, 9, 48, 8)),
                (IssueCodes.NotAUrl, IssueSeverity.Error, "source", "source is not an absolute URL: \"www.example.com\" has no scheme.", new SourceSpan(7, 1, 7, 16, 64, 15)),
            ],
            outcome.Issues.Select(i => (i.Code, i.Severity, i.Path, i.Message, i.Span)));
    }

    [Theory]
    [EachBackEnd]
    public void A_list_reports_each_refused_item_at_its_index_and_span(BackEnd backEnd)
    {
        ArticleOutcome outcome = backEnd.Read(Schema, "Acme opens a plant\nTags\n1;; two\nDated, 2025-03-03, 2025-02-30");

        Assert.Equal(
            """{"headline":"Acme opens a plant","published":null,"updated":null,"count":null,"price":null,"embargo":null,"source":null,"email":null,"phone":null,"byline":null,"tags":[1,null,null],"words":null,"facts":[{"$type":"day","text":[null,"2025-03-03",null]}]}""",
            outcome.Json);
        Assert.Equal(
            [
                (IssueCodes.EmptyListItem, "tags[1]", "tags[1] is empty; expected a list item.", new SourceSpan(3, 3, 3, 3, 26, 0)),
                (IssueCodes.NotAnInteger, "tags[2]", "tags[2] is not an integer: \"two\".", new SourceSpan(3, 5, 3, 8, 28, 3)),
                (IssueCodes.NotADate, "facts[0][0]", "facts[0][0] is not a date: \"Dated\".", new SourceSpan(4, 1, 4, 6, 32, 5)),
                (IssueCodes.NotADate, "facts[0][2]", "facts[0][2] is not a date: \"2025-02-30\" names a day or time that does not exist.", new SourceSpan(4, 20, 4, 30, 51, 10)),
            ],
            outcome.Issues.Select(i => (i.Code, i.Path, i.Message, i.Span)));
    }

    [Theory]
    [EachBackEnd]
    public void Separators_that_need_escaping_in_CSharp_read_as_declared(BackEnd backEnd)
    {
        const string schema = """
            copydesk: 1
            type: Swiss
            layout:
              - quote:     { line: any, value: { type: integer, groupSeparator: "'" } }
              - backslash: { line: any, value: { type: number, groupSeparator: "\\", decimalSeparator: "," } }
              - space:     { line: any, value: { type: number, groupSeparator: "\u00A0" } }
            """;

        ArticleOutcome outcome = backEnd.Read(schema, "1'234'567\n1\\234,5\n1\u00A0234.25");

        Assert.Empty(outcome.Issues);
        Assert.Equal("""{"quote":1234567,"backslash":1234.5,"space":1234.25}""", outcome.Json);
    }

    [Theory]
    [EachBackEnd]
    public void Text_rules_of_a_typed_slot_check_its_text_after_the_value_error(BackEnd backEnd)
    {
        const string schema = """
            copydesk: 1
            type: Stamp
            layout:
              - day: { line: any, value: date, check: { maxLength: 5, severity: warning } }
            """;

        ArticleOutcome outcome = backEnd.Read(schema, "someday soon");

        Assert.Equal("""{"day":null}""", outcome.Json);
        Assert.Equal(
            [(IssueCodes.NotADate, IssueSeverity.Error), (IssueCodes.MaxLength, IssueSeverity.Warning)],
            outcome.Issues.Select(i => (i.Code, i.Severity)));
    }
}

/// <summary>The generated C# API of typed values: each slot's property is a <c>TypedLine</c> of the parser's nullable type.</summary>
public sealed class TypedValuePropertyTests
{
    private const string Schema = """
        copydesk: 1
        type: Typed
        layout:
          - day:    { line: label, value: date }
          - at:     { line: label, value: date-time }
          - count:  { line: label, value: integer, optional: true }
          - amount: { line: label, value: number, repeat: 0+ }
          - flag:   { line: label, value: boolean }
          - link:   { line: label, value: url }
          - email:  { line: label, value: email }
          - phone:  { line: label, value: phone }
          - byline: { line: label, value: byline }
          - days:   { line: label, value: { type: list, separator: ",", item: date } }
          - words:  { line: label, value: { type: list, separator: "," } }
        """;

    [Fact]
    public void Each_parser_gives_its_property_type()
    {
        Type article = Copydesk.Testing.GeneratedParser.Compile(Schema, TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                ("Day", typeof(Values.TypedLine<DateOnly?>)),
                ("At", typeof(Values.TypedLine<DateTimeOffset?>)),
                ("Count", typeof(Values.TypedLine<long?>?)),
                ("Amount", typeof(NodeList<Values.TypedLine<decimal?>>)),
                ("Flag", typeof(Values.TypedLine<bool?>)),
                ("Link", typeof(Values.TypedLine<Uri>)),
                ("Email", typeof(Values.TypedLine<string>)),
                ("Phone", typeof(Values.TypedLine<Values.PhoneNumber>)),
                ("Byline", typeof(Values.TypedLine<Values.Byline>)),
                ("Days", typeof(Values.TypedLine<NodeList<Values.TypedLine<DateOnly?>>>)),
                ("Words", typeof(Values.TypedLine<NodeList<Values.TypedLine<string>>>)),
            ],
            article.GetProperties().Where(p => p.Name is not ("Span" or "EqualityContract")).Select(p => (p.Name, p.PropertyType)));
    }
}
