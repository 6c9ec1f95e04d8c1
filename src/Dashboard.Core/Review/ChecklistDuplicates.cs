namespace Dashboard.Core.Review;

/// <summary>
/// Checklist items that repeat an earlier one, whatever their case and spacing: a checklist that
/// says the same thing twice is an editing slip, flagged to the reviewer as they type.
/// </summary>
public static class ChecklistDuplicates
{
    /// <summary>For each item that repeats an earlier one, by index, the index of the first item it repeats.</summary>
    public static IReadOnlyDictionary<int, int> Find(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var repeats = new Dictionary<int, int>();
        for (var i = 0; i < items.Count; i++)
        {
            var key = string.Join(' ', items[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (key.Length == 0)
            {
                continue;
            }

            if (first.TryGetValue(key, out var earlier))
            {
                repeats[i] = earlier;
            }
            else
            {
                first[key] = i;
            }
        }

        return repeats;
    }
}
