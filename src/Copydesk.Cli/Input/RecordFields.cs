namespace Copydesk.Cli.Input;

/// <summary>The field names of JSON-lines records (<c>--id-field</c>, <c>--text-field</c>).</summary>
/// <param name="Id">The field with the record's id: a string or a number.</param>
/// <param name="Text">The field with the article text: a string.</param>
public sealed record RecordFields(string Id = "id", string Text = "text");
