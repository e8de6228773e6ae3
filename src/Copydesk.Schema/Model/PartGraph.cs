using System;
using System.Collections.Generic;
using Copydesk.Schema.Model;

namespace Copydesk.Schema.Model;

/// <summary>
/// Which parts read which: the order in which a part comes after every part it reads. The generator and
/// the interpreter both walk parts in this order. Iterative, so a long chain of nested parts cannot
/// overflow the stack (the compiler's is small).
/// </summary>
public static class PartGraph
{
    /// <summary>How deep parts may contain parts: a parse recurses once per level, so this bounds the stack it needs.</summary>
    public const int MaxNestingDepth = 64;

    /// <summary>The parts, each after the parts it reads.</summary>
    /// <exception cref="ArgumentException">A part is declared twice, a slot reads an unknown part, or a part contains itself.</exception>
    public static List<Part> InDependencyOrder(IReadOnlyList<Part> parts, IReadOnlyDictionary<string, Part> byName)
    {
        var order = new List<Part>(parts.Count);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var path = new Stack<(Part Part, List<string> Contained, int Next)>();
        foreach (Part root in parts)
        {
            if (done.Contains(root.Name))
            {
                continue;
            }

            path.Push((root, Contained(root), 0));
            onPath.Add(root.Name);
            while (path.Count > 0)
            {
                var (part, contained, next) = path.Pop();
                if (next < contained.Count)
                {
                    path.Push((part, contained, next + 1));
                    string name = contained[next];
                    if (!byName.TryGetValue(name, out Part? inner))
                    {
                        throw new ArgumentException($"Part '{part.Name}' reads the part '{name}', which the schema does not declare.", "schema");
                    }

                    if (onPath.Contains(name))
                    {
                        // A loaded schema has no cycles (CD1011); a hand-built one would recurse forever.
                        throw new ArgumentException($"Part '{name}' contains itself.", "schema");
                    }

                    if (!done.Contains(name))
                    {
                        path.Push((inner, Contained(inner), 0));
                        onPath.Add(name);
                    }

                    continue;
                }

                onPath.Remove(part.Name);
                done.Add(part.Name);
                order.Add(part);
            }
        }

        return order;
    }

    /// <summary>
    /// How many parts deep the deepest chain of <paramref name="partsInDependencyOrder"/> nests, counting the outermost part as 1; a
    /// parse recurses once per level, so this bounds its stack. Takes the parts in dependency order
    /// (<see cref="InDependencyOrder"/>), and returns the part at which the chain first exceeds <paramref name="limit"/>, if any.
    /// </summary>
    public static int NestingDepth(IReadOnlyList<Part> partsInDependencyOrder, int limit, out Part? firstTooDeep)
    {
        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        int deepest = 0;
        firstTooDeep = null;
        foreach (Part part in partsInDependencyOrder)
        {
            int depth = 1;
            foreach (string inner in Contained(part))
            {
                if (depths.TryGetValue(inner, out int innerDepth))
                {
                    depth = Math.Max(depth, innerDepth + 1);
                }
            }

            depths[part.Name] = depth;
            deepest = Math.Max(deepest, depth);
            if (depth > limit && firstTooDeep is null)
            {
                firstTooDeep = part;
            }
        }

        return deepest;
    }

    /// <summary>The parts the slots of <paramref name="part"/> read, directly or through <c>oneOf</c> cases.</summary>
    public static List<string> Contained(Part part)
    {
        var contained = new List<string>();
        foreach (Slot slot in part.Slots)
        {
            foreach ((string read, _) in PartsReadBy(slot))
            {
                contained.Add(read);
            }
        }

        return contained;
    }

    /// <summary>The parts a slot reads, directly or through its <c>oneOf</c> cases, with where each is written.</summary>
    public static IEnumerable<(string Part, TextRange Range)> PartsReadBy(Slot slot)
    {
        switch (slot)
        {
            case PartSlot part:
                yield return (part.Part, part.TargetRange);
                break;
            case OneOfSlot oneOf:
                foreach (OneOfCase @case in oneOf.Cases)
                {
                    if (@case is PartCase partCase)
                    {
                        yield return (partCase.Part, partCase.TargetRange);
                    }
                }

                break;
        }
    }
}
