namespace Copydesk.Parsing;

/// <summary>
/// Remembers, for one unbounded repetition of a part, the run that covers each line, so a retry from
/// any line inside a run costs constant time. One instance per slot and parse.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class RepeatCache<T>
{
    private readonly RepeatRun<T>?[] runs;
    private readonly int[] indexes;

    /// <summary>Creates a cache for a parse of <paramref name="lineCount"/> lines.</summary>
    public RepeatCache(int lineCount)
    {
        runs = new RepeatRun<T>?[lineCount + 1];
        indexes = new int[lineCount + 1];
    }

    /// <summary>Finds the run that already covers <paramref name="position"/>, and the item it starts at.</summary>
    public bool TryGet(int position, out RepeatRun<T> run, out int index)
    {
        run = runs[position]!;
        index = indexes[position];
        return run is not null;
    }

    /// <summary>Records <paramref name="run"/>, which started at <paramref name="position"/>, for every line it covers.</summary>
    public void Store(RepeatRun<T> run, int position)
    {
        runs[position] = run;
        indexes[position] = 0;
        for (int i = 0; i < run.Count; i++)
        {
            int next = run.EndOf(i);
            runs[next] = run;
            indexes[next] = i + 1;
        }
    }
}
