using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Claims;

/// <summary>Who holds a post and until when (UTC).</summary>
public sealed record ClaimView(string By, DateTime Until);

/// <summary>
/// The claims on posts, kept in the database so every instance sees the same ones. Taking a claim
/// is one conditional write: renew a claim of one's own or take over an expired one, else insert
/// the post's one claim row; the primary key refuses a second insert, so of two reviewers taking a
/// post at once exactly one gets it (SQLite's single writer and PostgreSQL's unique index alike).
/// A decision ends the claim in the review service's apply path.
/// </summary>
public sealed partial class ClaimStore(
    IDbContextFactory<DashboardDbContext> contexts,
    PostChangeNotifier notifier,
    TimeProvider time,
    IOptions<ClaimOptions> options,
    ILogger<ClaimStore> logger)
{
    /// <summary>
    /// Claims the post for <paramref name="reviewer"/>, or renews their claim when
    /// <paramref name="renewOwn"/>; null when it is theirs now, else who holds it.
    /// </summary>
    public async Task<ClaimView?> TakeAsync(long postId, string sourceId, Reviewer reviewer, bool renewOwn, CancellationToken cancellationToken = default)
    {
        var now = Now();
        var until = now + options.Value.Lifetime;
        var name = reviewer.Name;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var updated = await db.PostClaims
                .Where(c => c.PostId == postId && (c.ExpiresAtUtc <= now || (renewOwn && c.ClaimedBy == name)))
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.ClaimedBy, name).SetProperty(c => c.ExpiresAtUtc, until), cancellationToken);
            if (updated == 1)
            {
                Claimed(sourceId, name, "claimed");
                return null;
            }

            // Held and not expired (else the update took it): no insert to be refused.
            if (await HolderAsync(postId, cancellationToken) is { } holder)
            {
                return holder;
            }
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.PostClaims.Add(new PostClaim { PostId = postId, ClaimedBy = name, ClaimedAtUtc = now, ExpiresAtUtc = until });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                Claimed(sourceId, name, "claimed");
                return null;
            }
            catch (DbUpdateException ex) when (db.Queries.IsUniqueViolation(ex))
            {
                // Someone holds it, or took it between our two writes.
            }
        }

        return await HolderAsync(postId, cancellationToken) ?? new ClaimView(name, until);
    }

    /// <summary>
    /// Ends the claim on the post: the caller's own, or anyone's when <paramref name="anyone"/> (a
    /// lead). False when there was no such claim.
    /// </summary>
    public async Task<bool> ReleaseAsync(long postId, string sourceId, Reviewer reviewer, bool anyone, CancellationToken cancellationToken = default)
    {
        var name = reviewer.Name;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = Now();
        var deleted = await db.PostClaims
            .Where(c => c.PostId == postId && c.ExpiresAtUtc > now && (anyone || c.ClaimedBy == name))
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            Claimed(sourceId, name, "released the claim");
        }

        return deleted > 0;
    }

    /// <summary>Who holds the post now, or null when it is free.</summary>
    public async Task<ClaimView?> HolderAsync(long postId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = Now();
        return await db.PostClaims.AsNoTracking().Where(c => c.PostId == postId && c.ExpiresAtUtc > now)
            .Select(c => new ClaimView(c.ClaimedBy, c.ExpiresAtUtc)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The live claims on the posts with these source ids (a queue page's).</summary>
    public async Task<IReadOnlyDictionary<string, ClaimView>> HoldersAsync(IReadOnlyCollection<string> sourceIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = Now();
        var rows = await db.PostClaims.AsNoTracking()
            .Where(c => c.ExpiresAtUtc > now)
            .Join(db.Posts.Where(p => sourceIds.Contains(p.SourceId)), c => c.PostId, p => p.Id, (c, p) => new { p.SourceId, c.ClaimedBy, c.ExpiresAtUtc })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.SourceId, r => new ClaimView(r.ClaimedBy, r.ExpiresAtUtc), StringComparer.Ordinal);
    }

    /// <summary>The post's id, for callers that know only its source id; null when there is no such post.</summary>
    public async Task<long?> PostIdAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Posts.Where(p => p.SourceId == sourceId).Select(p => (long?)p.Id).SingleOrDefaultAsync(cancellationToken);
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    // Row version 0: the queue reloads its chips, and a post page (which reloads only for a newer
    // row version) is not reloaded; the claim bar of the post re-reads the claim itself.
    private void Claimed(string sourceId, string by, string what)
    {
        LogClaim(logger, by, what, sourceId);
        notifier.Publish(new PostChanged(sourceId, by, what, RowVersion: 0));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{User} {What} post {SourceId}")]
    private static partial void LogClaim(ILogger logger, string user, string what, string sourceId);
}
