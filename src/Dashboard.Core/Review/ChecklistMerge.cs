namespace Dashboard.Core.Review;

/// <summary>Which side of a merge row is kept.</summary>
public enum MergeChoice
{
    /// <summary>The reviewer's own draft.</summary>
    Mine,

    /// <summary>The version someone else saved first.</summary>
    Theirs,
}

/// <summary>One row of a checklist merge: an item of each side, or of one side only (the other is null).</summary>
public sealed record ChecklistMergeRow(string? Mine, string? Theirs)
{
    /// <summary>Whether the two sides differ here, so that the reviewer has a choice to make.</summary>
    public bool Differs => !string.Equals(Mine, Theirs, StringComparison.Ordinal);
}

/// <summary>
/// Merges a reviewer's checklist draft with the checklist someone else saved meanwhile, item by
/// item. Items both have line up (longest common subsequence); between them, what each side has
/// instead is paired in order, so a reworded item faces its rewording.
/// </summary>
public static class ChecklistMerge
{
    /// <summary>The rows of the merge of <paramref name="mine"/> with <paramref name="theirs"/>, in order.</summary>
    public static IReadOnlyList<ChecklistMergeRow> Pair(IReadOnlyList<string> mine, IReadOnlyList<string> theirs)
    {
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(theirs);

        // common[i, j]: length of the longest common subsequence of mine[i..] and theirs[j..].
        var common = new int[mine.Count + 1, theirs.Count + 1];
        for (var i = mine.Count - 1; i >= 0; i--)
        {
            for (var j = theirs.Count - 1; j >= 0; j--)
            {
                common[i, j] = mine[i] == theirs[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var rows = new List<ChecklistMergeRow>();
        var onlyMine = new List<string>();
        var onlyTheirs = new List<string>();
        void FlushGap()
        {
            for (var k = 0; k < Math.Max(onlyMine.Count, onlyTheirs.Count); k++)
            {
                rows.Add(new ChecklistMergeRow(k < onlyMine.Count ? onlyMine[k] : null, k < onlyTheirs.Count ? onlyTheirs[k] : null));
            }

            onlyMine.Clear();
            onlyTheirs.Clear();
        }

        int m = 0, t = 0;
        while (m < mine.Count || t < theirs.Count)
        {
            if (m < mine.Count && t < theirs.Count && mine[m] == theirs[t])
            {
                FlushGap();
                rows.Add(new ChecklistMergeRow(mine[m++], theirs[t++]));
            }
            else if (t >= theirs.Count || (m < mine.Count && common[m + 1, t] >= common[m, t + 1]))
            {
                onlyMine.Add(mine[m++]);
            }
            else
            {
                onlyTheirs.Add(theirs[t++]);
            }
        }

        FlushGap();
        return rows;
    }

    /// <summary>The checklist the choices make: per row, the chosen side's item, or nothing where that side has none.</summary>
    public static IReadOnlyList<string> Apply(IReadOnlyList<ChecklistMergeRow> rows, IReadOnlyList<MergeChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(choices);
        if (rows.Count != choices.Count)
        {
            throw new ArgumentException($"There are {rows.Count} rows but {choices.Count} choices.", nameof(choices));
        }

        return [.. rows.Select((row, i) => choices[i] == MergeChoice.Mine ? row.Mine : row.Theirs).OfType<string>()];
    }
}
