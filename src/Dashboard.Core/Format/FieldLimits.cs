namespace Dashboard.Core.Format;

/// <summary>
/// The longest text the dashboard stores in each size-limited column. The database schema takes
/// its column sizes from here and <see cref="ImportRules"/> refuses a longer value by line, so a
/// file never reaches the database with a value its column cannot hold (PostgreSQL refuses such
/// a value and, with it, the whole chunk of the batch).
/// </summary>
public static class FieldLimits
{
    /// <summary>The payload's <c>source id</c>, the post's identity.</summary>
    public const int SourceId = 200;

    /// <summary>The revision's <c>status</c>; every <see cref="Review.ReviewStatus"/> fits.</summary>
    public const int Status = 50;

    /// <summary>The revision's <c>version</c> as written (a pre-release and build metadata can make it long).</summary>
    public const int Version = 300;
}
