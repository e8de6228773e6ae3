using Copydesk.Schema.Reading;

using System;
using System.Collections.Generic;
using System.Threading;

namespace Copydesk.Schema.Analysis;

/// <summary>
/// Finds cycles in a graph of named declarations (parts containing parts, line classes referring to line
/// classes) with an explicit stack, so a long chain of declarations cannot overflow the call stack.
/// </summary>
internal static class CycleFinder
{
    // Long cycles are shown with their middle elided, so a hostile cycle through thousands of
    // declarations keeps messages short and the total work linear.
    private const int MaxShownNames = 12;
    private const int ShownAtEachEnd = 5;

    /// <summary>
    /// Walks the graph depth-first from each node in order, calls <paramref name="onCycle"/> for every edge that
    /// closes a cycle (with the cycle as "A → B → A"), and returns the nodes in post-order: every node after
    /// the nodes it refers to, except along edges that close cycles.
    /// </summary>
    public static List<string> Walk(
        IReadOnlyList<string> nodes,
        Dictionary<string, List<LoadContext.Reference>> edges,
        Action<LoadContext.Reference, string> onCycle,
        CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(nodes, StringComparer.Ordinal);
        var finished = new HashSet<string>(StringComparer.Ordinal);
        var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        var nextEdge = new List<int>();
        var postOrder = new List<string>(nodes.Count);

        foreach (string start in nodes)
        {
            if (finished.Contains(start) || onPath.ContainsKey(start))
            {
                continue;
            }

            onPath.Add(start, 0);
            path.Add(start);
            nextEdge.Add(0);
            while (path.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int top = path.Count - 1;
                string node = path[top];
                if (edges.TryGetValue(node, out List<LoadContext.Reference>? outgoing) && nextEdge[top] < outgoing.Count)
                {
                    LoadContext.Reference edge = outgoing[nextEdge[top]++];
                    if (onPath.TryGetValue(edge.To, out int at))
                    {
                        onCycle(edge, Format(path, at, edge.To));
                    }
                    else if (known.Contains(edge.To) && !finished.Contains(edge.To))
                    {
                        onPath.Add(edge.To, path.Count);
                        path.Add(edge.To);
                        nextEdge.Add(0);
                    }
                }
                else
                {
                    onPath.Remove(node);
                    finished.Add(node);
                    path.RemoveAt(top);
                    nextEdge.RemoveAt(top);
                    postOrder.Add(node);
                }
            }
        }

        return postOrder;
    }

    private static string Format(List<string> path, int from, string closing)
    {
        var names = new List<string>();
        int length = path.Count - from + 1;
        if (length <= MaxShownNames)
        {
            for (int i = from; i < path.Count; i++)
            {
                names.Add(path[i]);
            }
        }
        else
        {
            for (int i = from; i < from + ShownAtEachEnd; i++)
            {
                names.Add(path[i]);
            }

            names.Add("…");
            for (int i = path.Count - ShownAtEachEnd + 1; i < path.Count; i++)
            {
                names.Add(path[i]);
            }
        }

        names.Add(closing);
        return string.Join(" → ", names);
    }
}
