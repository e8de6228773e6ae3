using System.Collections.Generic;
using Copydesk.Units;

namespace Copydesk.Interpretation;

/// <summary>
/// Watches a parse as it happens, for tools that explain how a schema reads an article line by line
/// (<c>copydesk explain</c>). The interpreter calls it synchronously from <see cref="SchemaInterpreter.Parse"/>;
/// a trace never changes the result.
/// </summary>
/// <remarks>
/// <para>
/// Slots are named as in parse errors: <c>headline</c> for a layout slot, <c>Quote.text</c> for a slot of a
/// part, <c>body.paragraph</c> for a line case of a <c>oneOf</c>; <c>expected</c> is what the slot reads, such as
/// <c>sentence</c> or <c>marker "Topic in-depth"</c>. The final check that no line is left over is reported with
/// an empty slot and the expectation <c>the end of the article</c>.
/// </para>
/// <para>
/// A repetition inside a part remembers what it read; when the part is tried again from a line that
/// repetition already covered, the remembered items are reused without new events.
/// </para>
/// </remarks>
public interface IParseTrace
{
    /// <summary>
    /// The parse starts on <paramref name="units"/>, the units the schema's input model made of the article's body
    /// (lines, paragraphs or Markdown blocks): every index the other calls give refers to them.
    /// </summary>
    /// <param name="units">The units, in order.</param>
    /// <remarks>A trace that only counts attempts can leave it empty.</remarks>
    void Start(IReadOnlyList<TextUnit> units);

    /// <summary>A slot starts trying to read the line at <paramref name="lineIndex"/>.</summary>
    /// <param name="lineIndex">The 0-based index of the line among the article's non-blank lines; equal to the line count at the end.</param>
    /// <param name="slot">The slot, such as <c>Quote.text</c>.</param>
    /// <param name="expected">What the slot reads, such as <c>sentence</c>.</param>
    void Attempt(int lineIndex, string slot, string expected);

    /// <summary>The line at <paramref name="lineIndex"/> was read by <paramref name="slot"/>.</summary>
    /// <param name="lineIndex">The 0-based index of the line.</param>
    /// <param name="slot">The slot that read it.</param>
    /// <param name="expected">What the slot reads.</param>
    void Matched(int lineIndex, string slot, string expected);

    /// <summary>The line at <paramref name="lineIndex"/> did not fit <paramref name="slot"/>.</summary>
    /// <param name="lineIndex">The 0-based index of the line; equal to the line count at the end.</param>
    /// <param name="slot">The slot that tried it.</param>
    /// <param name="expected">What the slot reads.</param>
    /// <param name="reason">
    /// Why, such as <c>end of the article</c>, <c>reserved for marker "Topic in-depth"</c>, <c>is a sentence</c>,
    /// <c>is not a sentence</c>, <c>does not match heading</c> or <c>is not marker "Summarized by"</c>.
    /// </param>
    void Rejected(int lineIndex, string slot, string expected, string reason);

    /// <summary>
    /// A part starting at <paramref name="startLineIndex"/> did not match all its slots, so it matched nothing:
    /// its lines are read again by what follows.
    /// </summary>
    /// <param name="startLineIndex">The line the part started at.</param>
    /// <param name="part">The part name.</param>
    /// <param name="failedAtLineIndex">The line at which its failing slot gave up.</param>
    void PartFailed(int startLineIndex, string part, int failedAtLineIndex);
}
