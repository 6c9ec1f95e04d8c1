using Dashboard.Core.Format;
using Dashboard.Core.Review;

namespace Dashboard.Web.Features.Imports;

/// <summary>
/// What an imported file may claim. Nothing reaches the search index until a person has
/// reviewed it, so a file whose revision says "approved" or "indexed" (a generator's claim, not
/// a lead's approval) is admitted as "in review": a lead still has to approve it. The stored
/// document says the same, so an export never contradicts the post.
/// </summary>
public static class ImportPolicy
{
    public static Post Admit(Post post) =>
        post.Meta.Revision is { Status: ReviewStatus.Approved or ReviewStatus.Indexed } revision
            ? post with { Meta = post.Meta with { Revision = revision with { Status = ReviewStatus.InReview } } }
            : post;
}
