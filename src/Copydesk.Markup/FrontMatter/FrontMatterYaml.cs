using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Copydesk.Markup.FrontMatter;

/// <summary>
/// Reads the YAML of a front matter into a <see cref="YamlTreeNode"/> tree with YamlDotNet's event parser, within
/// <see cref="FrontMatterLimits"/>, locating every node and every problem in the article (not in the front matter).
/// Never throws for bad YAML: a problem is an issue, and the first one ends the reading.
/// </summary>
internal sealed class FrontMatterYaml
{
    private readonly string text;
    private readonly FrontMatterFence fence;
    private readonly Dictionary<string, YamlTreeNode> anchors = new(StringComparer.Ordinal);
    private readonly Stack<YamlTreeNode> open = new();
    private int nodes;
    private int expanded;

    private FrontMatterYaml(string text, FrontMatterFence fence)
    {
        this.text = text;
        this.fence = fence;
    }

    /// <summary>Reads the YAML between the fences of <paramref name="fence"/>.</summary>
    /// <param name="text">The whole article text.</param>
    /// <param name="fence">Where the front matter stands.</param>
    /// <param name="root">The top node, or <see langword="null"/> for an empty front matter or on an issue.</param>
    /// <returns>The issue that ended the reading, or <see langword="null"/>.</returns>
    public static ArticleIssue? Read(string text, FrontMatterFence fence, out YamlTreeNode? root) =>
        new FrontMatterYaml(text, fence).Read(out root);

    private ArticleIssue? Read(out YamlTreeNode? root)
    {
        root = null;
        var parser = new Parser(new StringReader(text.Substring(fence.YamlStart, fence.YamlEnd - fence.YamlStart)));
        var pendingKeys = new Stack<YamlTreeScalar?>();
        int documents = 0;
        Mark reached = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                ParsingEvent current = parser.Current!;
                reached = current.End;
                switch (current)
                {
                    case DocumentStart:
                        if (++documents > 1)
                        {
                            return Issue(IssueCodes.FrontMatterSyntax, "The front matter holds a second YAML document; it must be one mapping.", current.Start, current.End);
                        }

                        break;
                    case Scalar scalar:
                        if (scalar.Value.Length > FrontMatterLimits.MaxScalarLength)
                        {
                            return Issue(
                                IssueCodes.FrontMatterScalarTooLong,
                                $"A front-matter value is {scalar.Value.Length.ToString(CultureInfo.InvariantCulture)} characters long; the limit is {FrontMatterLimits.MaxScalarLength.ToString(CultureInfo.InvariantCulture)}.",
                                scalar.Start,
                                scalar.End);
                        }

                        bool isPlain = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty;
                        if (Add(new YamlTreeScalar(scalar.Value, isPlain, Span(scalar.Start, scalar.End)), scalar.Anchor, pendingKeys, ref root) is { } scalarIssue)
                        {
                            return scalarIssue;
                        }

                        break;
                    case SequenceStart sequence:
                        if (Open(new YamlTreeSequence(Span(sequence.Start, sequence.End)), sequence.Anchor, pendingKeys, ref root) is { } sequenceIssue)
                        {
                            return sequenceIssue;
                        }

                        break;
                    case MappingStart mapping:
                        if (Open(new YamlTreeMapping(Span(mapping.Start, mapping.End)), mapping.Anchor, pendingKeys, ref root) is { } mappingIssue)
                        {
                            return mappingIssue;
                        }

                        break;
                    case SequenceEnd or MappingEnd:
                        Close(current.End, pendingKeys);
                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out YamlTreeNode? target))
                        {
                            return Issue(IssueCodes.FrontMatterSyntax, $"The alias *{alias.Value.Value} names no anchor defined before it.", alias.Start, alias.End);
                        }

                        expanded += target.Size - 1;
                        if (expanded + nodes > FrontMatterLimits.MaxExpandedNodes)
                        {
                            return Issue(
                                IssueCodes.FrontMatterAliasExpansion,
                                $"The alias *{alias.Value.Value} takes the front matter past {FrontMatterLimits.MaxExpandedNodes.ToString(CultureInfo.InvariantCulture)} nodes once aliases are expanded; it may be a YAML bomb.",
                                alias.Start,
                                alias.End);
                        }

                        if (open.Contains(target))
                        {
                            return Issue(IssueCodes.FrontMatterSyntax, $"The alias *{alias.Value.Value} names a list or mapping that contains it.", alias.Start, alias.End);
                        }

                        if (Attach(target, target.Size, pendingKeys, ref root, Span(alias.Start, alias.End)) is { } aliasIssue)
                        {
                            return aliasIssue;
                        }

                        break;
                }
            }
        }
        catch (YamlException exception)
        {
            return Issue(IssueCodes.FrontMatterSyntax, "The front matter is not valid YAML: " + Reason(exception) + ".", exception.Start, exception.End);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these, unlocated, on some malformed input (a flow sequence left open before
            // a plain scalar): the issue stands just after the last value read, where the parser gave up.
            return Issue(IssueCodes.FrontMatterSyntax, "The front matter is not valid YAML: the parser could not read past this point.", reached, reached);
        }

        return null;
    }

    private ArticleIssue? Open(YamlTreeNode node, AnchorName anchor, Stack<YamlTreeScalar?> pendingKeys, ref YamlTreeNode? root)
    {
        if (open.Count + 1 > FrontMatterLimits.MaxDepth)
        {
            return new ArticleIssue(
                IssueCodes.FrontMatterTooDeep,
                IssueSeverity.Error,
                "frontMatter",
                $"The front matter nests lists and mappings more than {FrontMatterLimits.MaxDepth.ToString(CultureInfo.InvariantCulture)} deep here.",
                node.Span);
        }

        if (Add(node, anchor, pendingKeys, ref root) is { } issue)
        {
            return issue;
        }

        open.Push(node);
        pendingKeys.Push(null);
        return null;
    }

    private void Close(Mark end, Stack<YamlTreeScalar?> pendingKeys)
    {
        YamlTreeNode node = open.Pop();
        pendingKeys.Pop();
        SourceSpan start = node.Span;
        SourceSpan last = Span(end, end);
        node.Span = new SourceSpan(start.Line, start.Column, last.EndLine, last.EndColumn, start.Offset, last.Offset - start.Offset);
        if (open.Count > 0)
        {
            open.Peek().Size += node.Size;
        }
    }

    private ArticleIssue? Add(YamlTreeNode node, AnchorName anchor, Stack<YamlTreeScalar?> pendingKeys, ref YamlTreeNode? root)
    {
        if (++nodes + expanded > FrontMatterLimits.MaxNodes)
        {
            return new ArticleIssue(
                IssueCodes.FrontMatterTooLarge,
                IssueSeverity.Error,
                "frontMatter",
                $"The front matter has more than {FrontMatterLimits.MaxNodes.ToString(CultureInfo.InvariantCulture)} values.",
                node.Span);
        }

        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        // A container's size grows as it fills: it is added to its parent when it closes.
        int size = node is YamlTreeScalar ? 1 : 0;
        return Attach(node, size, pendingKeys, ref root, node.Span);
    }

    private ArticleIssue? Attach(YamlTreeNode node, int size, Stack<YamlTreeScalar?> pendingKeys, ref YamlTreeNode? root, SourceSpan at)
    {
        if (open.Count == 0)
        {
            root = node;
            return null;
        }

        YamlTreeNode parent = open.Peek();
        parent.Size += size;
        if (parent is YamlTreeSequence sequence)
        {
            sequence.Items.Add(node);
            return null;
        }

        var mapping = (YamlTreeMapping)parent;
        YamlTreeScalar? key = pendingKeys.Pop();
        if (key is not null)
        {
            mapping.Entries.Add(new KeyValuePair<YamlTreeScalar, YamlTreeNode>(key, node));
            pendingKeys.Push(null);
            return null;
        }

        if (node is not YamlTreeScalar scalarKey)
        {
            pendingKeys.Push(null);
            return new ArticleIssue(IssueCodes.FrontMatterSyntax, IssueSeverity.Error, "frontMatter", $"A front-matter key must be a name, not {node.Describe()}.", at);
        }

        pendingKeys.Push(scalarKey);
        return null;
    }

    private ArticleIssue Issue(string code, string message, Mark start, Mark end) =>
        new(code, IssueSeverity.Error, "frontMatter", message, Span(start, end));

    // A mark of the YAML, which starts at the beginning of a line, as a place in the article.
    private SourceSpan Span(Mark start, Mark end)
    {
        int yamlLength = fence.YamlEnd - fence.YamlStart;
        int startIndex = (int)Math.Min(Math.Max(start.Index, 0), yamlLength);
        int endIndex = (int)Math.Min(Math.Max(end.Index, start.Index), yamlLength);
        return new SourceSpan(
            fence.YamlLine + (int)start.Line - 1,
            (int)start.Column,
            fence.YamlLine + (int)end.Line - 1,
            (int)end.Column,
            fence.YamlStart + startIndex,
            endIndex - startIndex);
    }

    // YamlDotNet's messages start with the position, which the issue already carries.
    private static string Reason(YamlException exception)
    {
        string message = exception.Message;
        int colon = message.IndexOf("): ", StringComparison.Ordinal);
        string reason = colon >= 0 && message.StartsWith('(') ? message.Substring(colon + 3) : message;
        return reason.TrimEnd('.');
    }
}
