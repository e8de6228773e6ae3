namespace Copydesk.Values;

/// <summary>
/// What <c>value: list</c> read: every item in order, each with its own result, so one bad item is reported at
/// its place and the others keep their values.
/// </summary>
/// <typeparam name="T">The type of an item's value.</typeparam>
/// <param name="Items">The items, in order; none for an empty or white-space text.</param>
public sealed record ValueList<T>(NodeList<ListItem<T>> Items)
{
    /// <summary>Whether every item was read.</summary>
    public bool AllParsed
    {
        get
        {
            foreach (ListItem<T> item in Items)
            {
                if (!item.Result.IsSuccess)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
