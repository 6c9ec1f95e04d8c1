namespace Dashboard.Web.Features.Review;

/// <summary>How a line of one revision relates to the other revision.</summary>
public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>A line of a side-by-side comparison.</summary>
public sealed record DiffLine(string Text, DiffKind Kind);

/// <summary>
/// Line comparison of two checklists (longest common subsequence): the left side marks the lines
/// the right one no longer has, the right side the lines it added. A reworded item shows as one of each.
/// </summary>
public static class ChecklistDiff
{
    public static (IReadOnlyList<DiffLine> Left, IReadOnlyList<DiffLine> Right) Compare(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        // common[i, j]: length of the longest common subsequence of left[i..] and right[j..].
        var common = new int[left.Count + 1, right.Count + 1];
        for (var i = left.Count - 1; i >= 0; i--)
        {
            for (var j = right.Count - 1; j >= 0; j--)
            {
                common[i, j] = left[i] == right[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var leftLines = new List<DiffLine>(left.Count);
        var rightLines = new List<DiffLine>(right.Count);
        int l = 0, r = 0;
        while (l < left.Count && r < right.Count)
        {
            if (left[l] == right[r])
            {
                leftLines.Add(new DiffLine(left[l++], DiffKind.Same));
                rightLines.Add(new DiffLine(right[r++], DiffKind.Same));
            }
            else if (common[l + 1, r] >= common[l, r + 1])
            {
                leftLines.Add(new DiffLine(left[l++], DiffKind.Removed));
            }
            else
            {
                rightLines.Add(new DiffLine(right[r++], DiffKind.Added));
            }
        }

        leftLines.AddRange(left.Skip(l).Select(t => new DiffLine(t, DiffKind.Removed)));
        rightLines.AddRange(right.Skip(r).Select(t => new DiffLine(t, DiffKind.Added)));
        return (leftLines, rightLines);
    }
}
