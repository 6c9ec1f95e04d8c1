using Dashboard.Core.Comments;
using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Comments;

/// <summary>
/// Threaded comments on a post: list, add (a first comment or a reply, optionally anchored to a
/// paragraph or a checklist item, with @mentions of accounts), resolve and reopen a thread.
/// Every role may comment; who and when are kept. Each change is announced on the live notifier
/// so the post's open pages show it; it is no change of the post, so its row version stays.
/// </summary>
public sealed partial class CommentService(
    IDbContextFactory<DashboardDbContext> contexts,
    PostChangeNotifier notifier,
    TimeProvider time,
    ILogger<CommentService> logger)
{
    /// <summary>What the live notifier says of a comment; pages of the post reload their comments on it.</summary>
    public const string Commented = "comment";

    /// <summary>The post's threads, oldest first; null when no post has <paramref name="sourceId"/>.</summary>
    public async Task<IReadOnlyList<CommentThread>?> ListAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await PostIdAsync(db, sourceId, cancellationToken) is not { } postId)
        {
            return null;
        }

        var rows = await db.PostComments.AsNoTracking().Include(c => c.Mentions)
            .Where(c => c.PostId == postId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var names = await CommentAccounts.NamesAsync(db, [.. rows.SelectMany(r => CommentText.MentionedIds(r.Body).Concat(r.Mentions.Select(m => m.AccountId)))], cancellationToken);
        var views = rows.Select(r => ToView(r, names)).ToList();
        return [.. views.Where(v => v.ParentId is null).Select(first => new CommentThread(first, [.. views.Where(v => v.ParentId == first.Id)]))];
    }

    public async Task<CommentResult> AddAsync(string sourceId, CommentDraft draft, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        var body = draft.Body?.Trim() ?? "";
        if (body.Length == 0)
        {
            return Invalid("A comment needs some text.");
        }

        if (body.Length > CommentText.MaxLength)
        {
            return Invalid($"The comment has {body.Length} characters; at most {CommentText.MaxLength} are kept.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var post = await db.Posts.AsNoTracking().Where(p => p.SourceId == sourceId).Select(p => new { p.Id, p.Document, p.Checklist }).SingleOrDefaultAsync(cancellationToken);
        if (post is null)
        {
            return NoPost(sourceId);
        }

        long? threadId = null;
        if (draft.ParentId is { } parentId)
        {
            var parent = await db.PostComments.AsNoTracking().Where(c => c.Id == parentId && c.PostId == post.Id).Select(c => new { c.Id, c.ParentId }).SingleOrDefaultAsync(cancellationToken);
            if (parent is null)
            {
                return Invalid($"Comment {parentId} is not a comment on this post; a reply answers one of its comments.");
            }

            // A reply to a reply joins the same thread: threads are one level deep.
            threadId = parent.ParentId ?? parent.Id;
        }

        CommentAnchor? anchor = null;
        if (!string.IsNullOrWhiteSpace(draft.Anchor))
        {
            if (threadId is not null)
            {
                return Invalid("A reply is about its thread's place: anchor the thread's first comment instead.");
            }

            anchor = CommentAnchor.Parse(draft.Anchor, out var badAnchor);
            var paragraphs = PostParser.Parse(post.Document).Post?.Body.OfType<Paragraph>().Count() ?? 0;
            if ((badAnchor ?? anchor!.CheckAgainst(paragraphs, post.Checklist.Count)) is { } wrong)
            {
                return Invalid(wrong);
            }
        }

        var handles = CommentText.Handles(body).Concat(draft.Mentions?.Select(m => m.Trim().TrimStart('@')) ?? []).Where(h => h.Length > 0).ToList();
        var ids = await CommentAccounts.IdsByHandleAsync(db, handles, cancellationToken);
        var stored = CommentText.Encode(body, handle => ids.GetValueOrDefault(handle), out var unknown);
        var unknownListed = unknown.Concat(handles.Where(h => !ids.ContainsKey(h))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (stored is null || unknownListed.Count > 0)
        {
            return Invalid($"No account is called {string.Join(", ", unknownListed.Select(h => "@" + h))}; mention an account by its sign-in name, such as @editor@example.test.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var own = await CommentAccounts.IdOfAsync(db, reviewer.Name, cancellationToken);
        var comment = new PostComment
        {
            PostId = post.Id,
            ParentId = threadId,
            Author = reviewer.Name,
            Body = stored,
            Anchor = anchor?.ToString(),
            CreatedAtUtc = now,
            // Mentioning oneself tells nobody anything new: it is read already.
            Mentions = [.. ids.Values.Distinct().Select(id => new PostCommentMention { AccountId = id, ReadAtUtc = id == own ? now : null })],
        };
        db.PostComments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);

        LogAdded(logger, reviewer.Name, sourceId, comment.Id, comment.Mentions.Count);
        Announce(sourceId, reviewer);
        return Done(comment, await CommentAccounts.NamesAsync(db, [.. ids.Values], cancellationToken));
    }

    /// <summary>Resolves (or, with <paramref name="resolved"/> false, reopens) the thread of comment <paramref name="commentId"/>.</summary>
    public async Task<CommentResult> ResolveAsync(string sourceId, long commentId, bool resolved, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await PostIdAsync(db, sourceId, cancellationToken) is not { } postId)
        {
            return NoPost(sourceId);
        }

        var comment = await db.PostComments.Include(c => c.Mentions).SingleOrDefaultAsync(c => c.Id == commentId && c.PostId == postId, cancellationToken);
        if (comment is null)
        {
            return CommentResult.Refused(ReviewFailure.NotFound, $"Comment {commentId} is not a comment on post \"{sourceId}\".");
        }

        if (comment.ParentId is { } first)
        {
            // A thread is resolved as a whole, on its first comment.
            comment = await db.PostComments.Include(c => c.Mentions).SingleAsync(c => c.Id == first, cancellationToken);
        }

        if (comment.ResolvedAtUtc is not null != resolved)
        {
            comment.ResolvedAtUtc = resolved ? time.GetUtcNow().UtcDateTime : null;
            comment.ResolvedBy = resolved ? reviewer.Name : null;
            await db.SaveChangesAsync(cancellationToken);
            LogResolved(logger, reviewer.Name, sourceId, comment.Id, resolved);
            Announce(sourceId, reviewer);
        }

        return Done(comment, await CommentAccounts.NamesAsync(db, [.. CommentText.MentionedIds(comment.Body), .. comment.Mentions.Select(m => m.AccountId)], cancellationToken));
    }

    private void Announce(string sourceId, Reviewer reviewer) =>
        // Row version 0: the post itself did not change, so its pages keep what they show and reload only the comments.
        notifier.Publish(new PostChanged(sourceId, reviewer.Name, Commented, 0));

    private static Task<long?> PostIdAsync(DashboardDbContext db, string sourceId, CancellationToken cancellationToken) =>
        db.Posts.AsNoTracking().Where(p => p.SourceId == sourceId).Select(p => (long?)p.Id).SingleOrDefaultAsync(cancellationToken);

    private static CommentResult Done(PostComment comment, IReadOnlyDictionary<string, string> names) => CommentResult.Done(ToView(comment, names));

    private static CommentView ToView(PostComment c, IReadOnlyDictionary<string, string> names)
    {
        string NameOf(string id) => names.GetValueOrDefault(id) ?? "a removed account";
        var parts = CommentText.Segments(c.Body).Select(s => s.AccountId is { } id ? new CommentPart("@" + NameOf(id), id) : new CommentPart(s.Text!, null)).ToList();
        return new CommentView(
            c.Id, c.ParentId, c.Author, c.CreatedAtUtc, string.Concat(parts.Select(p => p.Text)), parts,
            c.Anchor is null ? null : CommentAnchor.Parse(c.Anchor, out _), c.ResolvedBy, c.ResolvedAtUtc,
            [.. c.Mentions.Select(m => new MentionedAccount(m.AccountId, NameOf(m.AccountId)))]);
    }

    private static CommentResult Invalid(string message) => CommentResult.Refused(ReviewFailure.Invalid, message);

    private static CommentResult NoPost(string sourceId) => CommentResult.Refused(ReviewFailure.NotFound, $"No post has the source id \"{sourceId}\".");

    [LoggerMessage(Level = LogLevel.Information, Message = "{User} commented on post {SourceId} (comment {CommentId}, {Mentions} mentions)")]
    private static partial void LogAdded(ILogger logger, string user, string sourceId, long commentId, int mentions);

    [LoggerMessage(Level = LogLevel.Information, Message = "{User} set comment {CommentId} of post {SourceId} resolved: {Resolved}")]
    private static partial void LogResolved(ILogger logger, string user, string sourceId, long commentId, bool resolved);
}
