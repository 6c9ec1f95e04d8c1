using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Notes;

/// <summary>A comment that mentions the reviewer and that they have not read.</summary>
public sealed record UnreadMention(long CommentId, string SourceId, string Title, string By, DateTime AtUtc);

/// <summary>A post the reviewer sent for approval that a lead sent back.</summary>
public sealed record ReturnedPost(string SourceId, string Title, string By, DateTime AtUtc);

/// <summary>What waits for a reviewer: unread mentions and returned posts (each list the newest few, with the full counts).</summary>
public sealed record Inbox(IReadOnlyList<UnreadMention> Mentions, int MentionCount, IReadOnlyList<ReturnedPost> Returned, int ReturnedCount)
{
    public static Inbox Empty { get; } = new([], 0, [], 0);

    public int Count => MentionCount + ReturnedCount;
}

/// <summary>
/// The header's inbox: a reviewer's unread mentions (by their account) and the posts they sent
/// that have changes requested (by their name in the history, which is also how a token acts).
/// Opening a post marks its mentions read.
/// </summary>
public sealed class ReviewerInbox(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time)
{
    private const int Listed = 10;

    public async Task<Inbox> GetAsync(Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await Comments.CommentAccounts.IdOfAsync(db, reviewer.Name, cancellationToken);
        var unread = db.PostCommentMentions.AsNoTracking().Where(m => m.AccountId == account && m.ReadAtUtc == null)
            .Join(db.PostComments, m => m.CommentId, c => c.Id, (m, c) => c)
            .Join(db.Posts, c => c.PostId, p => p.Id, (c, p) => new { c.Id, p.SourceId, p.Title, c.Author, c.CreatedAtUtc });
        var mentions = account is null ? [] : await unread.OrderByDescending(m => m.Id).Take(Listed)
            .Select(m => new UnreadMention(m.Id, m.SourceId, m.Title, m.Author, m.CreatedAtUtc)).ToListAsync(cancellationToken);
        var mentionCount = account is null ? 0 : await unread.CountAsync(cancellationToken);

        // Sent back, and the last one to send it was this reviewer.
        var returned = db.Posts.AsNoTracking()
            .Where(p => p.Status == ReviewStatus.ChangesRequested
                && db.PostHistory.Where(h => h.PostId == p.Id && h.Kind == HistoryKind.SentForApproval).OrderByDescending(h => h.Id).Select(h => h.Actor).FirstOrDefault() == reviewer.Name)
            .Select(p => new
            {
                p.SourceId,
                p.Title,
                Back = db.PostHistory.Where(h => h.PostId == p.Id && h.Kind == HistoryKind.ChangesRequested).OrderByDescending(h => h.Id).Select(h => new { h.Id, h.Actor, h.AtUtc }).First(),
            });
        var returnedRows = await returned.OrderByDescending(r => r.Back.Id).Take(Listed).ToListAsync(cancellationToken);
        return new Inbox(
            mentions, mentionCount,
            [.. returnedRows.Select(r => new ReturnedPost(r.SourceId, r.Title, r.Back.Actor, r.Back.AtUtc))], await returned.CountAsync(cancellationToken));
    }

    /// <summary>Marks the reviewer's mentions on post <paramref name="sourceId"/> read; how many were unread.</summary>
    public async Task<int> MarkReadAsync(string sourceId, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await Comments.CommentAccounts.IdOfAsync(db, reviewer.Name, cancellationToken) is not { } account)
        {
            return 0;
        }

        var now = time.GetUtcNow().UtcDateTime;
        return await db.PostCommentMentions
            .Where(m => m.AccountId == account && m.ReadAtUtc == null
                && db.PostComments.Any(c => c.Id == m.CommentId && db.Posts.Any(p => p.Id == c.PostId && p.SourceId == sourceId)))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ReadAtUtc, now), cancellationToken);
    }
}

/// <summary>Per circuit: tells the header's inbox that something it shows has changed here (mentions read).</summary>
public sealed class InboxSignal
{
    public event Action? Changed;

    public void Raise() => Changed?.Invoke();
}
