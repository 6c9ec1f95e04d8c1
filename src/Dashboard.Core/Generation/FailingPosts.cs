using System.Globalization;
using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Core.Review;

namespace Dashboard.Core.Generation;

/// <summary>A generated post made to fail one check, with what the checks need to see it fail.</summary>
/// <param name="Post">The post.</param>
/// <param name="Check">The check it fails (the ground truth); under the default <see cref="CheckOptions"/> it fails no other.</param>
/// <param name="PreviousVersions">The versions its history holds, for <see cref="CheckContext.PreviousVersions"/>.</param>
public sealed record FailingPost(Post Post, Check Check, IReadOnlyList<SemVersion> PreviousVersions);

/// <summary>
/// Posts that fail each check, one family per <see cref="Check"/>: an ordinary generated post,
/// changed in the one way its check looks for. Pure functions of the generator's seed, the index
/// and <c>today</c>, like the rest of the generator.
/// </summary>
public static class FailingPosts
{
    private const int RecentDays = 30;

    /// <summary>The post at <paramref name="index"/> made to fail the check <paramref name="index"/> picks, round the list of <see cref="Check.All"/>.</summary>
    public static FailingPost GenerateFailing(this PostGenerator generator, int index, DateOnly today) =>
        generator.GenerateFailing(index, Check.All[index % Check.All.Count], today);

    /// <summary>The post at <paramref name="index"/> made to fail <paramref name="check"/> when checked on <paramref name="today"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static FailingPost GenerateFailing(this PostGenerator generator, int index, Check check, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(check);
        var post = Passing(generator.GeneratePost(index), today);
        var version = post.Meta.Revision!.Version;
        IReadOnlyList<SemVersion> history = check == Check.VersionBackwards ? [version with { Major = version.Major + 1 }] : [];
        return new FailingPost(FailingFamilies.Break(post, check, index, today), check, history);
    }

    // An ordinary post that passes every check on today: reviewed lately, and admitted as the import
    // admits a file (a generator's "approved" is stored as "in review", so status and flags agree).
    private static Post Passing(Post post, DateOnly today)
    {
        var revision = post.Meta.Revision!;
        var status = revision.Status is ReviewStatus.Approved or ReviewStatus.Indexed ? ReviewStatus.InReview : revision.Status;
        return post with { Meta = post.Meta with { Revision = revision with { Status = status, LastReviewed = today.AddDays(-RecentDays) } } };
    }

    internal static string Number(int value) => value.ToString("D6", CultureInfo.InvariantCulture);
}
