using Dashboard.Core.Format;
using Dashboard.Core.Review;

namespace Dashboard.Web.Features.Imports;

/// <summary>
/// What an imported file may claim. Nothing reaches the search index until a person has
/// reviewed it, so a file whose revision says "approved" or "indexed" (a generator's claim, not
/// a lead's approval) is admitted as "in review": a lead still has to approve it. The stored
/// document says the same, so an export never contradicts the post. Likewise a rejection is a
/// lead's decision: a file that says "rejected" is admitted as "drafted", its rejection keys
/// dropped, and enters the queue. (Importing the export of a post stored here is "unchanged"
/// all the same: see <see cref="Data.Imports.PreparedPost.FileHash"/>.)
/// </summary>
public static class ImportPolicy
{
    public static Post Admit(Post post) => post.Meta.Revision switch
    {
        { Status: ReviewStatus.Approved or ReviewStatus.Indexed } revision => WithRevision(post, revision with { Status = ReviewStatus.InReview }),
        { Status: ReviewStatus.Rejected } revision => WithRevision(post, Rejection.Cleared(revision) with { Status = ReviewStatus.Drafted }),
        _ => post,
    };

    private static Post WithRevision(Post post, Revision revision) => post with { Meta = post.Meta with { Revision = revision } };
}
