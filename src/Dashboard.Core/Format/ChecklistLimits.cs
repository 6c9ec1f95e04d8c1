namespace Dashboard.Core.Format;

/// <summary>
/// How many checklist items a post may have, and how long each may be. The same limits apply
/// when a file is imported (<see cref="ImportRules"/>) and when a reviewer saves a checklist, so
/// every stored post can be exported and imported again.
/// </summary>
/// <param name="MaxItems">The most items a checklist may have.</param>
/// <param name="MaxItemLength">The most characters one item may have.</param>
/// <param name="ItemsSetting">The setting <paramref name="MaxItems"/> comes from, named in messages.</param>
/// <param name="LengthSetting">The setting <paramref name="MaxItemLength"/> comes from, named in messages.</param>
public sealed record ChecklistLimits(int MaxItems, int MaxItemLength, string? ItemsSetting = null, string? LengthSetting = null)
{
    /// <summary>Why <paramref name="items"/> cannot be a checklist, naming the first item over a limit; null when it can.</summary>
    public string? Check(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (TooMany(items.Count) is { } tooMany)
        {
            return tooMany;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (TooLong(i + 1, items[i]) is { } tooLong)
            {
                return tooLong;
            }
        }

        return null;
    }

    internal string? TooMany(int count) =>
        count > MaxItems
            ? $"the checklist has {count:N0} items; the most accepted is {MaxItems:N0}{Setting(ItemsSetting)}"
            : null;

    internal string? TooLong(int number, ReadOnlySpan<char> item) =>
        item.Length > MaxItemLength
            ? $"checklist item {number} {ErrorList.Quote(item)} is {item.Length:N0} characters; the most accepted is {MaxItemLength:N0}{Setting(LengthSetting)}"
            : null;

    private static string Setting(string? name) => name is null ? string.Empty : $" (setting {name})";
}
