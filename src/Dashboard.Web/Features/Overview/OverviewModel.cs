using Dashboard.Core.Review;

namespace Dashboard.Web.Features.Overview;

/// <summary>Everything the overview page shows, read in one go.</summary>
public sealed record OverviewModel(
    int TotalPosts,
    int InQueue,
    IReadOnlyList<StatusCount> Statuses,
    FlagCounts Flags,
    IReadOnlyList<ScoreDistribution> Scores,
    IReadOnlyList<ReviewDay> ReviewsPerDay,
    IReadOnlyList<ImportBatchWithErrors> Batches)
{
    public int CountOf(string status) => Statuses.FirstOrDefault(s => s.Status == status)?.Count ?? 0;

    public int ReviewsInPeriod => ReviewsPerDay.Sum(d => d.Reviews);
}

public sealed record StatusCount(string Status, int Count);

public sealed record FlagCounts(int NeedsHumanReview, int HasImages, int ImageHeavy, int AiGeneratedStyle);

/// <summary>How many posts have a score in each tenth: 0-9, 10-19 ... 90-100 (100 counts in the last bucket).</summary>
public sealed record ScoreDistribution(string Score, IReadOnlyList<int> Buckets, int Unscored)
{
    public const int BucketCount = 10;

    public int Scored => Buckets.Sum();

    public static string BucketLabel(int bucket) => bucket == BucketCount - 1 ? "90-100" : $"{bucket * 10}-{(bucket * 10) + 9}";
}

/// <summary>Reviewer actions (not imports) on one UTC day.</summary>
public sealed record ReviewDay(DateOnly Day, int Reviews);

/// <summary>One import batch as the overview and the error page show it.</summary>
public sealed record ImportBatchRow(
    long Id,
    DateTime StartedAtUtc,
    DateTime? FinishedAtUtc,
    string Origin,
    string ImportedBy,
    int Imported,
    int Updated,
    int Unchanged,
    int Conflicts,
    int Failed,
    int ErrorCount)
{
    public TimeSpan? Duration => FinishedAtUtc - StartedAtUtc;

    /// <summary>Not finished and no import is working on it any more: its counts are what it stored.</summary>
    public bool Interrupted { get; init; }
}

public sealed record ImportErrorRow(long Id, long BatchId, string File, int Line, string Message)
{
    public string Href => $"/imports/{BatchId}/errors/{Id}";
}

/// <summary>A batch and its first errors (<see cref="ImportBatchRow.ErrorCount"/> says how many there are in all).</summary>
public sealed record ImportBatchWithErrors(ImportBatchRow Batch, IReadOnlyList<ImportErrorRow> FirstErrors);
