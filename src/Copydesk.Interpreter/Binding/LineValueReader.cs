using Copydesk.Parsing;

namespace Copydesk.Interpretation.Binding;

/// <summary>
/// How a typed or captured line becomes a node: from the line, and, for a capture whose rest is read as quotes, the
/// parse state and the unit's position, with which the rest's quotations are found when the parse ends.
/// </summary>
/// <param name="state">The parse's state.</param>
/// <param name="position">The index of the unit read.</param>
/// <param name="line">The unit's line.</param>
internal delegate InterpretedLine LineValueReader(ParseState state, int position, TextLine line);
