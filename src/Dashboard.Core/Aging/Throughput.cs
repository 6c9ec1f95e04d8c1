namespace Dashboard.Core.Aging;

/// <summary>What one reviewer decided over a period and how fast.</summary>
/// <param name="Decisions">How many decisions they recorded.</param>
/// <param name="PerHour">Decisions per hour of active work; null with fewer than two decisions in one sitting.</param>
/// <param name="MedianPerDecision">The median time between one decision and the next within a sitting; null likewise.</param>
public sealed record ReviewerThroughput(int Decisions, double? PerHour, TimeSpan? MedianPerDecision);

/// <summary>
/// A reviewer's pace read from the times of their decisions. The time a decision took is the gap
/// since their previous one; a gap longer than the break threshold is a pause (a meeting, the
/// night), not work, so it counts toward neither figure.
/// </summary>
public static class Throughput
{
    /// <summary>The longest gap between two decisions still counted as work on the second one.</summary>
    public static readonly TimeSpan DefaultBreak = TimeSpan.FromMinutes(30);

    /// <summary>The pace of the decisions made at <paramref name="decidedAt"/> (any order).</summary>
    public static ReviewerThroughput Of(IEnumerable<DateTime> decidedAt, TimeSpan breakAfter)
    {
        ArgumentNullException.ThrowIfNull(decidedAt);
        var times = decidedAt.Order().ToList();
        var gaps = times.Zip(times.Skip(1), (earlier, later) => later - earlier).Where(g => g <= breakAfter).Order().ToList();
        if (gaps.Count == 0)
        {
            return new ReviewerThroughput(times.Count, null, null);
        }

        var working = gaps.Aggregate(TimeSpan.Zero, (sum, gap) => sum + gap);
        var middle = gaps.Count / 2;
        var median = gaps.Count % 2 == 1 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2;
        // A sitting of decisions all in the same second has no length: say nothing rather than divide by zero.
        double? perHour = working > TimeSpan.Zero ? gaps.Count / working.TotalHours : null;
        return new ReviewerThroughput(times.Count, perHour, median);
    }
}
