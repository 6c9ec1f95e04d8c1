using Dashboard.Core.Format;

namespace Dashboard.Core.Checks;

/// <summary>
/// Everything a check needs besides the post, so the checks stay pure functions: the settings,
/// today's date, and the versions the post had before.
/// </summary>
/// <param name="Options">The thresholds and switches (validated at start).</param>
/// <param name="Today">Today's date in UTC, for the staleness and future-date checks.</param>
/// <param name="PreviousVersions">The versions the post's history recorded before this one, oldest first; empty for a new post.</param>
public sealed record CheckContext(CheckOptions Options, DateOnly Today, IReadOnlyList<SemVersion> PreviousVersions)
{
    /// <summary>A context for a post with no history.</summary>
    public CheckContext(CheckOptions options, DateOnly today)
        : this(options, today, [])
    {
    }
}
