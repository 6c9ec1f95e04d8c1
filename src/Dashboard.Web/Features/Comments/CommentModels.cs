using Dashboard.Core.Comments;
using Dashboard.Web.Features.Review;

namespace Dashboard.Web.Features.Comments;

/// <summary>A comment to add: its text (with <c>@name</c> mentions), the thread it answers, what it is anchored to, and accounts to mention besides those written.</summary>
public sealed record CommentDraft(string Body, long? ParentId = null, string? Anchor = null, IReadOnlyList<string>? Mentions = null);

/// <summary>A piece of a comment as shown: text, or a mention by the account's name.</summary>
public sealed record CommentPart(string Text, string? AccountId)
{
    public bool IsMention => AccountId is not null;
}

/// <summary>A mentioned account.</summary>
public sealed record MentionedAccount(string Id, string Name);

/// <summary>One comment as shown and as the API gives it.</summary>
public sealed record CommentView(
    long Id,
    long? ParentId,
    string Author,
    DateTime CreatedAtUtc,
    string Text,
    IReadOnlyList<CommentPart> Parts,
    CommentAnchor? Anchor,
    string? ResolvedBy,
    DateTime? ResolvedAtUtc,
    IReadOnlyList<MentionedAccount> Mentions)
{
    public bool IsResolved => ResolvedAtUtc is not null;
}

/// <summary>A thread: its first comment (which holds the anchor and the resolved state) and the replies, oldest first.</summary>
public sealed record CommentThread(CommentView First, IReadOnlyList<CommentView> Replies)
{
    public bool IsOpen => !First.IsResolved;
}

/// <summary>What adding, resolving or reopening did: the comment, or why not.</summary>
public sealed record CommentResult(ReviewFailure Failure, string? Message, CommentView? Comment = null)
{
    public bool Succeeded => Failure == ReviewFailure.None;

    public static CommentResult Done(CommentView comment) => new(ReviewFailure.None, null, comment);

    public static CommentResult Refused(ReviewFailure failure, string message) => new(failure, message);
}
