using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Notes;

/// <summary>The note at the top of a post: what the decision that sent it where it is said, by whom and when.</summary>
public sealed record OpenNote(HistoryKind Kind, string By, DateTime AtUtc, string Text)
{
    /// <summary>"Changes requested by lee", "Sent for approval by erin".</summary>
    public string Heading => Kind == HistoryKind.ChangesRequested ? $"Changes requested by {By}" : $"Sent for approval by {By}";
}

/// <summary>
/// Reads a post's open note (<see cref="ReviewNotes"/>): the note of its latest decision, while no
/// later decision has moved it on.
/// </summary>
public sealed class OpenNoteQuery(IDbContextFactory<DashboardDbContext> contexts)
{
    public async Task<OpenNote?> GetAsync(long postId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var moving = ReviewNotes.MovingOn.ToList();
        var latest = await db.PostHistory.AsNoTracking()
            .Where(h => h.PostId == postId && moving.Contains(h.Kind))
            .OrderByDescending(h => h.Id)
            .Select(h => new { h.Kind, h.Actor, h.AtUtc, h.Note })
            .FirstOrDefaultAsync(cancellationToken);
        return latest is { Note: { Length: > 0 } note } && ReviewNotes.Carrying.Contains(latest.Kind)
            ? new OpenNote(latest.Kind, latest.Actor, latest.AtUtc, note)
            : null;
    }
}
