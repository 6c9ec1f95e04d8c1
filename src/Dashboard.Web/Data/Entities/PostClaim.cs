namespace Dashboard.Web.Data.Entities;

/// <summary>
/// A reviewer's claim on a post: while it lasts, others are warned and "next" hands the post to
/// nobody else. One row per post at most (the post's id is the key), so two reviewers taking the
/// same post at once cannot both succeed, on any provider and across instances.
/// </summary>
public sealed class PostClaim
{
    public long PostId { get; set; }

    /// <summary>The reviewer's name, as history records it.</summary>
    public required string ClaimedBy { get; set; }

    public DateTime ClaimedAtUtc { get; set; }

    /// <summary>Renewed while the reviewer's page is open and in use; past it the claim is free for anyone.</summary>
    public DateTime ExpiresAtUtc { get; set; }
}
