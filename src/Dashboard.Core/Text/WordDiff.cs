namespace Dashboard.Core.Text;

/// <summary>Whether a run of words is in both texts, only in the first or only in the second.</summary>
public enum WordChange
{
    /// <summary>In both, in this order.</summary>
    Same,

    /// <summary>Only in the first text (the representative, say).</summary>
    Removed,

    /// <summary>Only in the second text.</summary>
    Added,
}

/// <summary>Consecutive words of one kind, joined by single spaces.</summary>
public sealed record WordRun(WordChange Change, string Text);

/// <summary>
/// The runs that turn the first text into the second, in order; <see cref="GaveUp"/> when the
/// texts differ by more edits than the bound, and the differing middle is shown as removed
/// then added as a whole.
/// </summary>
public sealed record WordDiffResult(IReadOnlyList<WordRun> Runs, bool GaveUp)
{
    /// <summary>The first text's side: what is the same and what was removed.</summary>
    public IEnumerable<WordRun> Before => Runs.Where(r => r.Change != WordChange.Added);

    /// <summary>The second text's side: what is the same and what was added.</summary>
    public IEnumerable<WordRun> After => Runs.Where(r => r.Change != WordChange.Removed);
}

/// <summary>
/// A word-level diff (Myers' O(ND) shortest edit script over words, whitespace-separated), for
/// showing near-copies side by side. The common start and end are taken off first, so near-copies
/// cost little; the edits searched for are bounded, so two long, unrelated articles cost at most
/// O((n + m) · bound) and are shown as wholly different.
/// </summary>
public static class WordDiff
{
    /// <summary>The most word edits searched for by default: far more than a near-copy has.</summary>
    public const int DefaultMaxEdits = 1000;

    /// <summary>The diff from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static WordDiffResult Compare(string before, string after, int maxEdits = DefaultMaxEdits)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentOutOfRangeException.ThrowIfNegative(maxEdits);
        var a = Words(before);
        var b = Words(after);
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var runs = new RunBuilder();
        runs.Add(WordChange.Same, a.AsSpan(0, prefix));
        var gaveUp = !Middle(a[prefix..^suffix], b[prefix..^suffix], maxEdits, runs);
        runs.Add(WordChange.Same, a.AsSpan(a.Length - suffix));
        return new WordDiffResult(runs.Runs, gaveUp);
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    // Myers' greedy forward search, keeping each round's furthest points to walk the path back.
    private static bool Middle(string[] a, string[] b, int maxEdits, RunBuilder runs)
    {
        int n = a.Length, m = b.Length;
        var bound = Math.Min(n + m, maxEdits);
        var offset = bound + 1;
        var v = new int[(2 * bound) + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= bound; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    Backtrack(a, b, trace, offset, runs);
                    return true;
                }
            }
        }

        runs.Add(WordChange.Removed, a);
        runs.Add(WordChange.Added, b);
        return false;
    }

    private static void Backtrack(string[] a, string[] b, List<int[]> trace, int offset, RunBuilder runs)
    {
        var steps = new List<(WordChange Change, string Word)>();
        int x = a.Length, y = b.Length;
        for (var d = trace.Count - 1; d >= 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var previousK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            var previousX = v[offset + previousK];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                steps.Add((WordChange.Same, a[--x]));
                y--;
            }

            if (d > 0)
            {
                steps.Add(x == previousX ? (WordChange.Added, b[previousY]) : (WordChange.Removed, a[previousX]));
            }

            (x, y) = (previousX, previousY);
        }

        steps.Reverse();
        foreach (var (change, word) in steps)
        {
            runs.Add(change, [word]);
        }
    }

    private sealed class RunBuilder
    {
        private readonly List<(WordChange Change, List<string> Words)> _runs = [];

        public IReadOnlyList<WordRun> Runs => [.. _runs.Select(r => new WordRun(r.Change, string.Join(' ', r.Words)))];

        public void Add(WordChange change, ReadOnlySpan<string> words)
        {
            if (words.IsEmpty)
            {
                return;
            }

            if (_runs.Count == 0 || _runs[^1].Change != change)
            {
                _runs.Add((change, []));
            }

            _runs[^1].Words.AddRange(words);
        }
    }
}
