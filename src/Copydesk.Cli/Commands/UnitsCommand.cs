using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Copydesk.Cli.Input;
using Copydesk.Cli.Output;
using Copydesk.Interpretation;
using Copydesk.Json;
using Copydesk.Schema.Model;
using Copydesk.Units;

namespace Copydesk.Cli.Commands;

/// <summary>
/// <c>copydesk units FILE… [--input lines|paragraphs|markdown] [--indent-starts-paragraph] [--schema S] [--format json|text]</c>:
/// prints the units a schema sees in each file — kind, level, nesting, indentation, span and text — so a schema can be
/// written against what Copydesk reads. With <c>--schema</c>, the schema's own input model is used.
/// </summary>
public static class UnitsCommand
{
    private static readonly string[] Inputs = ["lines", "paragraphs", "markdown"];

    /// <summary>Creates the command; its action writes to <paramref name="streams"/>.</summary>
    public static Command Create(CliStreams streams)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "The input model: lines (the default), paragraphs or markdown.",
            HelpName = string.Join('|', Inputs),
        };
        input.AcceptOnlyFromAmong(Inputs);
        var indent = new Option<bool>("--indent-starts-paragraph")
        {
            Description = "With --input paragraphs: a line indented deeper than the text's margin starts a paragraph, as in wire copy.",
        };
        var schema = new Option<string>("--schema", "-s")
        {
            Description = "Use the input model of this *.schema.yaml instead of --input.",
            HelpName = "file",
        };
        Option<string> format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json);
        Option<string> encoding = CommonOptions.Encoding();
        Argument<string[]> files = CommonOptions.Paths("files", "Article files, read in the order given.");
        var command = new Command("units", "Prints the units (lines, paragraphs or Markdown blocks) a schema sees in each file.")
        {
            input,
            indent,
            schema,
            format,
            encoding,
            files,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(schema) is not null && (result.GetResult(input) is not null || result.GetResult(indent) is not null))
            {
                result.AddError("--schema sets the input model: leave out --input and --indent-starts-paragraph.");
            }
        });
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(schema),
            new InputModel(ParseKind(result.GetValue(input)), result.GetValue(indent)),
            CommonOptions.GetFormat(result, format),
            result.GetValue(files) ?? [],
            streams,
            CommonOptions.GetEncoding(result, encoding),
            cancellationToken));
        return command;
    }

    /// <summary>Prints the units of <paramref name="files"/>.</summary>
    /// <param name="schemaPath">A schema whose input model to use, or <see langword="null"/> for <paramref name="input"/>.</param>
    /// <param name="input">The input model when no schema is given.</param>
    /// <param name="format">Text, or one JSON line per file.</param>
    /// <param name="files">The article files.</param>
    /// <param name="streams">Where output goes.</param>
    /// <param name="encoding">The files' encoding; <see langword="null"/> for UTF-8.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>: a file that cannot be read fails the run, the others are still printed.</returns>
    public static async Task<int> RunAsync(
        string? schemaPath,
        InputModel input,
        OutputFormat format,
        IReadOnlyList<string> files,
        CliStreams streams,
        InputEncoding? encoding = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(streams);
        SchemaInterpreter? interpreter = null;
        if (schemaPath is not null)
        {
            interpreter = await SchemaFiles.LoadAsync(schemaPath, streams.Error, cancellationToken).ConfigureAwait(false);
            if (interpreter is null)
            {
                return ExitCodes.Failure;
            }
        }

        int exit = ExitCodes.Success;
        foreach (string file in files)
        {
            TextFileContent content = await TextFiles.ReadAsync(file, encoding ?? InputEncoding.Utf8, cancellationToken).ConfigureAwait(false);
            if (content.Problem is { } problem)
            {
                streams.Error.WriteLine(problem.ToString(file));
                exit = ExitCodes.Failure;
                continue;
            }

            // A schema's units are those its layout reads: the body's, after any front matter it declares.
            TextUnit[] units = interpreter is not null ? interpreter.ReadUnits(content.Text!) : SchemaInterpreter.ReadUnits(input, content.Text!);
            streams.Out.Write(format == OutputFormat.Json ? Json(file, units) : Text(file, units));
            streams.Flush();
        }

        return exit;
    }

    private static InputKind ParseKind(string? name) => name switch
    {
        "paragraphs" => InputKind.Paragraphs,
        "markdown" => InputKind.Markdown,
        _ => InputKind.Lines,
    };

    /// <summary>The file name, then one line per unit: <c>(line,col)-(line,col) kind details indent N: text</c>.</summary>
    public static string Text(string file, IReadOnlyList<TextUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var text = new StringBuilder();
        text.Append(file).Append(": ").Append(units.Count).Append(units.Count == 1 ? " unit" : " units").Append('\n');
        foreach (TextUnit unit in units)
        {
            SourceSpan span = unit.Span;
            text.Append("  (").Append(span.Line).Append(',').Append(span.Column).Append(")-(").Append(span.EndLine).Append(',').Append(span.EndColumn).Append(") ");
            text.Append(UnitsText.Name(unit.Kind));
            if (unit.Level > 0)
            {
                text.Append(" level ").Append(unit.Level);
            }

            if (unit.ListDepth > 0)
            {
                text.Append(" depth ").Append(unit.ListDepth);
            }

            if (unit.Number is { } number)
            {
                text.Append(" #").Append(number);
            }

            if (unit.QuoteDepth > 0)
            {
                text.Append(" quote ").Append(unit.QuoteDepth);
            }

            if (unit.Info is { } info)
            {
                text.Append(" info ").Append(info);
            }

            text.Append(" indent ").Append(unit.Indentation).Append(": ").Append(unit.Text.Replace("\n", "⏎", StringComparison.Ordinal)).Append('\n');
            foreach (UnitLink link in unit.Links)
            {
                text.Append("      link ").Append(link.Text).Append(" → ").Append(link.Url).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>One JSON line: <c>{"file", "units": [{kind, text, line, column, endLine, endColumn, offset, length, indentation, lines, …}]}</c>.</summary>
    public static string Json(string file, IReadOnlyList<TextUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ContractJson.CompactOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            writer.WriteStartArray("units");
            foreach (TextUnit unit in units)
            {
                WriteUnit(writer, unit);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteUnit(Utf8JsonWriter writer, TextUnit unit)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", UnitsText.Name(unit.Kind));
        writer.WriteString("text", unit.Text);
        writer.WriteNumber("line", unit.Span.Line);
        writer.WriteNumber("column", unit.Span.Column);
        writer.WriteNumber("endLine", unit.Span.EndLine);
        writer.WriteNumber("endColumn", unit.Span.EndColumn);
        writer.WriteNumber("offset", unit.Span.Offset);
        writer.WriteNumber("length", unit.Span.Length);
        writer.WriteNumber("indentation", unit.Indentation);
        writer.WriteNumber("lines", unit.Lines.Count);
        writer.WriteNumber("level", unit.Level);
        writer.WriteNumber("listDepth", unit.ListDepth);
        writer.WriteNumber("quoteDepth", unit.QuoteDepth);
        writer.WriteBoolean("ordered", unit.Ordered);
        if (unit.Number is { } number)
        {
            writer.WriteNumber("number", number);
        }
        else
        {
            writer.WriteNull("number");
        }

        writer.WriteString("info", unit.Info);
        writer.WriteStartArray("links");
        foreach (UnitLink link in unit.Links)
        {
            writer.WriteStartObject();
            writer.WriteString("text", link.Text);
            writer.WriteString("url", link.Url);
            writer.WriteString("title", link.Title);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
