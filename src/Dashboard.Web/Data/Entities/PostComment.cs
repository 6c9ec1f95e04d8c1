namespace Dashboard.Web.Data.Entities;

/// <summary>
/// A comment on a post: a thread's first comment (no parent), or a reply to one. A thread is
/// resolved as a whole, on its first comment: who and when.
/// </summary>
public sealed class PostComment
{
    public long Id { get; set; }
    public long PostId { get; set; }
    /// <summary>The thread's first comment; null for a first comment.</summary>
    public long? ParentId { get; set; }
    public required string Author { get; set; }
    /// <summary>The text, with each mention as <c>@&lt;account id&gt;</c> (see <c>Dashboard.Core.Comments.CommentText</c>).</summary>
    public required string Body { get; set; }
    /// <summary><c>paragraph:3</c> or <c>checklist:2</c>; null for the post as a whole.</summary>
    public string? Anchor { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ResolvedAtUtc { get; set; }
    public string? ResolvedBy { get; set; }
    public List<PostCommentMention> Mentions { get; set; } = [];
}

/// <summary>An account a comment mentions, and when that account read it (null: unread).</summary>
public sealed class PostCommentMention
{
    public long Id { get; set; }
    public long CommentId { get; set; }
    public required string AccountId { get; set; }
    public DateTime? ReadAtUtc { get; set; }
}
