using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Copydesk.Schema.Reading;

/// <summary>
/// Reads YAML text into a <see cref="YamlNode"/> tree with YamlDotNet's event parser, rejecting what a
/// schema never needs and an attacker could abuse: aliases, more than one document, deep nesting.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>The deepest nesting of mappings and sequences accepted; the reference schema needs 5.</summary>
    public const int MaxDepth = 64;

    private const int EventsBetweenCancellationChecks = 1024;

    // YamlDotNet may prefix messages with "(Line: 1, Col: 2, Idx: 1) - (Line: 1, Col: 3, Idx: 2): ";
    // the diagnostic carries the location already.
    private static readonly Regex MarkPrefix = new(
        @"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Builds the tree of the first document, or returns <see langword="null"/> after reporting why there
    /// is none (empty file, syntax error, too deep).
    /// </summary>
    public static YamlNode? Read(string text, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        // YamlDotNet reads a leading byte order mark as part of the first key; drop it, keep offsets true to the text.
        int shift = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var lines = new LineMap(text);
        var scanner = new Scanner(new StringReader(shift == 0 ? text : text.Substring(1)));
        var parser = new Parser(scanner);
        var open = new Stack<Frame>();
        YamlNode? root = null;
        bool sawDocument = false;
        int events = 0;

        try
        {
            while (MoveNext(parser, scanner))
            {
                if (++events % EventsBetweenCancellationChecks == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                switch (parser.Current)
                {
                    case DocumentStart start:
                        if (sawDocument)
                        {
                            // The rest of the stream is not read: one schema, one document.
                            diagnostics.Add(DiagnosticCatalog.MultipleDocuments, ToRange(start.Start, start.End, shift, lines), "---");
                            return root;
                        }

                        sawDocument = true;
                        break;

                    case Scalar scalar:
                        Attach(open, ref root, new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, ToRange(scalar.Start, scalar.End, shift, lines)), text);
                        break;

                    case AnchorAlias alias:
                        TextRange aliasRange = ToRange(alias.Start, alias.End, shift, lines);
                        diagnostics.Add(DiagnosticCatalog.AliasNotSupported, aliasRange, alias.Value.ToString());
                        Attach(open, ref root, new YamlRejected(aliasRange), text);
                        break;

                    case SequenceStart sequenceStart:
                        if (!Open(open, new YamlSequence(ToRange(sequenceStart.Start, sequenceStart.End, shift, lines)), "sequence", diagnostics))
                        {
                            return null;
                        }

                        break;

                    case MappingStart mappingStart:
                        if (!Open(open, new YamlMapping(ToRange(mappingStart.Start, mappingStart.End, shift, lines)), "mapping", diagnostics))
                        {
                            return null;
                        }

                        break;

                    case ParsingEvent closing and (SequenceEnd or MappingEnd):
                        YamlNode closed = open.Pop().Node;
                        TextRange end = ToRange(closing.End, closing.End, shift, lines);
                        closed.Range = closed.Range with { EndLine = end.EndLine, EndColumn = end.EndColumn, EndOffset = end.EndOffset };
                        Attach(open, ref root, closed, text);
                        break;
                }
            }
        }
        catch (YamlException exception)
        {
            string message = CleanMessage(exception.Message);
            diagnostics.Add(
                YamlMistakes.Explain(text, lines, message, lines.Clamp(exception.Start.Index + shift))
                ?? SchemaDiagnostic.Create(DiagnosticCatalog.YamlSyntaxError, ToRange(exception.Start, exception.End, shift, lines), message));
            return null;
        }

        if (root is null || root is YamlScalar { IsNull: true })
        {
            diagnostics.Add(DiagnosticCatalog.SchemaNotMapping, TextRange.FileStart, "an empty file");
            return null;
        }

        return root;
    }

    // YamlDotNet reports malformed text with YamlException, but a few inputs make its scanner throw other
    // exceptions (InvalidOperationException on some broken flow collections). Those are still syntax
    // errors in the file, reported where the scanner stopped.
    private static bool MoveNext(Parser parser, Scanner scanner)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception exception) when (exception is not YamlException and not OperationCanceledException)
        {
            Mark at = scanner.CurrentPosition;
            throw new YamlException(at, at, "the text cannot be read as YAML from here on", exception);
        }
    }

    /// <summary>
    /// Converts YamlDotNet marks to a range. Only their character indexes are used: lines and columns are computed
    /// from them, so they always agree with the offsets and with how the compiler counts lines (YamlDotNet puts the
    /// end of a file without a final line break at the start of a line that does not exist).
    /// </summary>
    /// <param name="start">Where the node starts.</param>
    /// <param name="end">Where the node ends (exclusive).</param>
    /// <param name="shift">Characters removed before parsing (a byte order mark), added back to offsets.</param>
    /// <param name="lines">Where the lines of the text start.</param>
    private static TextRange ToRange(Mark start, Mark end, int shift, LineMap lines) =>
        lines.Range(start.Index + shift, end.Index + shift);

    private static string CleanMessage(string message) => MarkPrefix.Replace(message, string.Empty);

    // Refusing to go deeper stops the parse at once, so hostile nesting costs 64 levels of work, not the whole file.
    private static bool Open(Stack<Frame> open, YamlNode node, string kind, DiagnosticBag diagnostics)
    {
        if (open.Count >= MaxDepth)
        {
            diagnostics.Add(DiagnosticCatalog.LimitExceeded, node.Range, $"this {kind} is nested {MaxDepth + 1} levels deep; mappings and sequences may be nested at most {MaxDepth} levels deep");
            return false;
        }

        open.Push(new Frame(node));
        return true;
    }

    private static void Attach(Stack<Frame> open, ref YamlNode? root, YamlNode node, string text)
    {
        if (open.Count == 0)
        {
            root ??= node;
            return;
        }

        Frame parent = open.Peek();
        if (parent.Node is YamlSequence sequence)
        {
            sequence.Items.Add(node);
        }
        else if (parent.PendingKey is null)
        {
            parent.PendingKey = node;
        }
        else
        {
            if (parent.PendingKey is YamlScalar key && node is YamlScalar { IsNull: true, Value: "" } value
                && YamlMistakes.CommentedValue(text, value.Range.StartOffset) is { } comment)
            {
                value.LostToComment = new CommentedValue(key, comment);
            }

            ((YamlMapping)parent.Node).Entries.Add(new YamlEntry(parent.PendingKey, node));
            parent.PendingKey = null;
        }
    }

    /// <summary>An open container and, for a mapping, the key waiting for its value.</summary>
    private sealed class Frame
    {
        public Frame(YamlNode node) => Node = node;

        public YamlNode Node { get; }

        public YamlNode? PendingKey { get; set; }
    }
}
