using System.Globalization;

namespace Dashboard.Core.Generation;

/// <summary>
/// The sentences that make one generated post its own: measured figures of its case, as a real
/// article reports them. Without them two unrelated posts of one stack and problem share all but a
/// few words (measured: 5-gram Jaccard up to 0.85, above the near-copy threshold), which no real
/// generator run does. Drawn from a stream of their own, so every other value of a post stays as it was.
/// </summary>
internal static class PostDetails
{
    public const int Stream = 5;

    private static readonly string[] Measures =
    [
        "requests a minute at peak", "queued jobs at the busiest hour", "pages served an hour", "deployments a month",
        "open alerts a week", "readers on a normal day", "builds a day", "rows in the largest table",
    ];

    private static readonly string[] Outcomes =
    [
        "the median response time", "the slowest page", "the error rate", "the time to recover",
        "the longest build", "the number of failed jobs", "the size of the nightly backup", "the time to first byte",
    ];

    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>A sentence on the case the post starts from: its load and when it was measured.</summary>
    public static string Before(ref SeededRandom rng) => string.Create(
        CultureInfo.InvariantCulture,
        $"the case here started at {rng.Next(12, 9_800)} {rng.Pick(Measures)}, measured on a {rng.Pick(Days)} in week {rng.Next(1, 52)} with {rng.Next(2, 40)} people on the team.");

    /// <summary>A sentence on what changed: a figure before and after.</summary>
    public static string After(ref SeededRandom rng) => string.Create(
        CultureInfo.InvariantCulture,
        $"after {rng.Next(2, 30)} days {rng.Pick(Outcomes)} went from {rng.Next(40, 900)} to {rng.Next(10, 400)}, and {rng.Next(1, 9)} of {rng.Next(10, 20)} checks needed no change.");
}
