using System.ComponentModel.DataAnnotations;
using Dashboard.Core.Review;

namespace Dashboard.Web.Features.Aging;

/// <summary>
/// The <c>Review:DueDays</c> section: how many days a post may wait in each status of the queue
/// before it is overdue. Approved and indexed posts have left the queue and are never overdue.
/// </summary>
public sealed class DueDaysOptions
{
    public const string Section = "Review:DueDays";

    /// <summary>Days a drafted post may wait for an editor.</summary>
    [Range(1, 365, ErrorMessage = "Review:DueDays:Drafted must be from 1 to 365 days.")]
    public int Drafted { get; set; } = 7;

    /// <summary>Days a post may wait in review for a lead.</summary>
    [Range(1, 365, ErrorMessage = "Review:DueDays:InReview must be from 1 to 365 days.")]
    public int InReview { get; set; } = 2;

    /// <summary>Days a post sent back may wait for its editor.</summary>
    [Range(1, 365, ErrorMessage = "Review:DueDays:ChangesRequested must be from 1 to 365 days.")]
    public int ChangesRequested { get; set; } = 3;

    /// <summary>The due time of each status that has one.</summary>
    public IReadOnlyDictionary<string, TimeSpan> ByStatus => new Dictionary<string, TimeSpan>(StringComparer.Ordinal)
    {
        [ReviewStatus.Drafted] = TimeSpan.FromDays(Drafted),
        [ReviewStatus.InReview] = TimeSpan.FromDays(InReview),
        [ReviewStatus.ChangesRequested] = TimeSpan.FromDays(ChangesRequested),
    };
}
