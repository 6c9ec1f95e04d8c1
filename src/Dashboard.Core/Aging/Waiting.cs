using System.Globalization;

namespace Dashboard.Core.Aging;

/// <summary>One band of time waited in a status, as the Overview counts them.</summary>
/// <param name="Label">How the Overview heads it ("1-3 d").</param>
/// <param name="From">The least time waited it holds.</param>
/// <param name="Until">The time waited it no longer holds; null for the last band.</param>
public sealed record AgeBucket(string Label, TimeSpan From, TimeSpan? Until);

/// <summary>How long a post has waited in its status, in words and in bands.</summary>
public static class Waiting
{
    /// <summary>The Overview's bands, shortest first; together they hold every time waited.</summary>
    public static IReadOnlyList<AgeBucket> Buckets { get; } =
    [
        new("< 1 d", TimeSpan.Zero, TimeSpan.FromDays(1)),
        new("1-3 d", TimeSpan.FromDays(1), TimeSpan.FromDays(3)),
        new("3-7 d", TimeSpan.FromDays(3), TimeSpan.FromDays(7)),
        new("> 7 d", TimeSpan.FromDays(7), null),
    ];

    /// <summary>"3 d", "5 h", "12 min": whole units, rounded down, as the queue's column shows them.</summary>
    public static string Describe(TimeSpan waited)
    {
        if (waited < TimeSpan.Zero)
        {
            waited = TimeSpan.Zero;
        }

        return waited.TotalDays >= 1 ? $"{Whole(waited.TotalDays)} d"
            : waited.TotalHours >= 1 ? $"{Whole(waited.TotalHours)} h"
            : $"{Whole(waited.TotalMinutes)} min";
    }

    private static string Whole(double value) => ((long)Math.Floor(value)).ToString(CultureInfo.InvariantCulture);
}
