namespace Dashboard.Web.Data.Entities;

/// <summary>
/// A changed file for a post that reviewers had already worked on: their work stays in the post,
/// the new content waits here for a person to resolve.
/// </summary>
public sealed class PostConflict
{
    public long Id { get; set; }
    public long PostId { get; set; }
    public long ImportBatchId { get; set; }
    public required string Document { get; set; }
    public required string ContentHash { get; set; }
    public DateTime DetectedAtUtc { get; set; }
    public DateTime? ResolvedAtUtc { get; set; }
}
