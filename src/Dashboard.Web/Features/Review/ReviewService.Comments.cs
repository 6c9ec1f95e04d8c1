using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Features.Review;

public sealed partial class ReviewService
{
    /// <summary>
    /// The open comments' say on <paramref name="action"/> (<see cref="ReviewPolicy.CheckOpenComments"/>),
    /// asked in the apply path itself so the page, bulk actions and the API all obey it.
    /// </summary>
    private async Task<Decision> CheckOpenCommentsAsync(DashboardDbContext db, PostRecord record, ReviewAction action, CancellationToken cancellationToken)
    {
        var blocking = reviewOptions.Value.BlockApprovalOnOpenComments;
        return !ReviewPolicy.IsHeldByOpenComments(action, blocking)
            ? Decision.Allow
            : ReviewPolicy.CheckOpenComments(action, await OpenComments.DescribeAsync(db, record.Id, cancellationToken), blocking);
    }
}
