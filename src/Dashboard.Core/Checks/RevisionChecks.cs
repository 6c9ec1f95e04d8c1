using System.Globalization;
using Dashboard.Core.Format;
using Dashboard.Core.Review;

namespace Dashboard.Core.Checks;

/// <summary>The checks on the revision block: its date against today, its version against the history, its status against the flags.</summary>
internal static class RevisionChecks
{
    // An export stamped in a time zone ahead of UTC may be dated tomorrow; later than that is wrong.
    private const int FutureToleranceDays = 1;

    public static Finding? Stale(CheckInput input)
    {
        if (input.Meta.Revision?.LastReviewed is not { } reviewed)
        {
            return null;
        }

        var days = input.Context.Today.DayNumber - reviewed.DayNumber;
        var limit = input.Options.StaleDays;
        return days > limit
            ? new Finding(Text($"last reviewed is {reviewed:yyyy-MM-dd}, {days:N0} days ago; a review older than {limit:N0} days is stale (setting {CheckOptions.Section}:{nameof(CheckOptions.StaleDays)})"), LastReviewedPlace)
            : null;
    }

    public static Finding? Future(CheckInput input)
    {
        if (input.Meta.Revision?.LastReviewed is not { } reviewed)
        {
            return null;
        }

        var today = input.Context.Today;
        return reviewed.DayNumber - today.DayNumber > FutureToleranceDays
            ? new Finding(Text($"last reviewed is {reviewed:yyyy-MM-dd}, after today ({today:yyyy-MM-dd})"), LastReviewedPlace)
            : null;
    }

    /// <summary>The version is lower than the highest one the history recorded: someone went back, or an older export came in.</summary>
    public static Finding? VersionBackwards(CheckInput input)
    {
        if (input.Meta.Revision?.Version is not { } version)
        {
            return null;
        }

        SemVersion? highest = null;
        foreach (var earlier in input.Context.PreviousVersions)
        {
            highest = earlier > highest ? earlier : highest;
        }

        return highest is not null && version < highest
            ? new Finding($"version {version} is lower than {highest}, which the post had before", new CheckPlace(MetaLabels.Revision, "version"))
            : null;
    }

    /// <summary>
    /// Approving clears <c>needs human review</c>, so an approved or indexed post that still asks for a
    /// person contradicts itself. The other way round is no contradiction: a generator may mark a
    /// draft as not needing review, which keeps it out of the queue, and that is its call.
    /// </summary>
    public static Finding? StatusFlags(CheckInput input)
    {
        if (input.Meta.Revision is not { } revision || input.Meta.Flags is not { NeedsHumanReview: true })
        {
            return null;
        }

        var status = ReviewStatus.Normalize(revision.Status);
        return status is ReviewStatus.Approved or ReviewStatus.Indexed
            ? new Finding($"status is {status}, which means a lead has reviewed it, but flag needs human review says 1", new CheckPlace(MetaLabels.Revision, "status"))
            : null;
    }

    private static CheckPlace LastReviewedPlace { get; } = new(MetaLabels.Revision, "last reviewed");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
