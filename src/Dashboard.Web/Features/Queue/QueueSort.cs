using Dashboard.Core.Format;

namespace Dashboard.Web.Features.Queue;

/// <summary>The kinds of column the queue sorts by; every score is one <see cref="Score"/> column.</summary>
public enum QueueColumn
{
    Title,
    Topic,
    Difficulty,
    Score,
    Status,
    Version,
    LastReviewed,
    ImageCount,
    ViewCount,
    CheckErrors,

    /// <summary>How long the post has waited in its status (ascending: the shortest wait first).</summary>
    Waiting,

    ClusterSize,
}

/// <summary>A column the queue sorts by: a fixed one, or one of the scores (<see cref="By"/>).</summary>
public readonly record struct QueueSort
{
    private QueueSort(QueueColumn column, ScoreField? score)
    {
        Column = column;
        Score = score;
    }

    public QueueColumn Column { get; }

    /// <summary>The score, when <see cref="Column"/> is <see cref="QueueColumn.Score"/>.</summary>
    public ScoreField? Score { get; }

    public static QueueSort Title => new(QueueColumn.Title, null);
    public static QueueSort Topic => new(QueueColumn.Topic, null);
    public static QueueSort Difficulty => new(QueueColumn.Difficulty, null);
    public static QueueSort Status => new(QueueColumn.Status, null);
    public static QueueSort Version => new(QueueColumn.Version, null);
    public static QueueSort LastReviewed => new(QueueColumn.LastReviewed, null);
    public static QueueSort ImageCount => new(QueueColumn.ImageCount, null);
    public static QueueSort ViewCount => new(QueueColumn.ViewCount, null);
    public static QueueSort CheckErrors => new(QueueColumn.CheckErrors, null);
    public static QueueSort Waiting => new(QueueColumn.Waiting, null);
    public static QueueSort ClusterSize => new(QueueColumn.ClusterSize, null);

    /// <summary>The queue's order when none is chosen: by quality.</summary>
    public static QueueSort Default => By(ScoreFields.Quality);

    public static QueueSort By(ScoreField score) => new(QueueColumn.Score, score);

    /// <summary>Every sort: the fixed columns and each score.</summary>
    public static IReadOnlyList<QueueSort> All { get; } =
    [
        .. Enum.GetValues<QueueColumn>().Where(c => c != QueueColumn.Score).Select(c => new QueueSort(c, null)),
        .. ScoreFields.All.Select(By),
    ];

    /// <summary>The name in the URL and the grid: the score's name, or the column's in lower case (<c>lastreviewed</c>).</summary>
    public string Name => Score?.Name ?? Column.ToString().ToLowerInvariant();

    /// <summary>The sort named <paramref name="name"/> (any case), or null.</summary>
    public static QueueSort? Find(string? name)
    {
        foreach (var sort in All)
        {
            if (string.Equals(sort.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return sort;
            }
        }

        return null;
    }

    public override string ToString() => Name;
}
