using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Assignment;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Queue;

/// <summary>A view in the views menu: a name, the queue's URL query (filter and sort) and, when saved with them, columns.</summary>
/// <param name="Id">The saved view's id; null for a built-in one.</param>
public sealed record QueueView(long? Id, string Name, string Query, IReadOnlyList<string>? Columns)
{
    public bool BuiltIn => Id is null;
}

/// <summary>What saving a view did: saved, or why not (naming the field).</summary>
public sealed record SaveViewResult(QueueView? View, string? Problem);

/// <summary>
/// Saved views: a reviewer names the current filter, sort and columns and picks them again from a
/// menu; a few views are built in for everyone. Stored per reviewer.
/// </summary>
public sealed class SavedViews(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time)
{
    public const int MaxNameLength = 80;

    /// <summary>The views every reviewer has, built from who they are.</summary>
    public static IReadOnlyList<QueueView> BuiltIn(Reviewer reviewer) =>
    [
        Of("My work", MyWork.FilterFor(reviewer.Name)),
        Of("Waiting for me", WaitingFor(reviewer)),
        Of("Failing checks", new QueueFilter { Check = Checks.CheckFilterValue.AnyError }),
        Of("Overdue", new QueueFilter { Overdue = true, Sort = QueueSort.Waiting, Descending = true }),
    ];

    /// <summary>
    /// What waits for the reviewer's next step: for a lead or admin, the posts in review (their
    /// decision); for an editor, their own posts sent back with changes requested.
    /// </summary>
    public static QueueFilter WaitingFor(Reviewer reviewer) => reviewer.Role == Role.Editor
        ? new QueueFilter { Status = ReviewStatus.ChangesRequested, Assignee = AssigneeFilter.Mine, Me = reviewer.Name, Sort = QueueSort.Waiting, Descending = true }
        : new QueueFilter { Status = ReviewStatus.InReview, Sort = QueueSort.Waiting, Descending = true };

    /// <summary>The built-in views, then the reviewer's own by name.</summary>
    public async Task<IReadOnlyList<QueueView>> ListAsync(Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var own = await db.QueueViews.AsNoTracking().Where(v => v.Owner == reviewer.Name).OrderBy(v => v.Name).ToListAsync(cancellationToken);
        return [.. BuiltIn(reviewer), .. own.Select(ToView)];
    }

    /// <summary>Saves the view under <paramref name="name"/>; a view of the reviewer's with that name is replaced.</summary>
    public async Task<SaveViewResult> SaveAsync(Reviewer reviewer, string? name, QueueFilter filter, QueueLayout layout, CancellationToken cancellationToken = default)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return new(null, "Name: give the view a name.");
        }

        if (name.Length > MaxNameLength)
        {
            return new(null, $"Name: at most {MaxNameLength} characters, not {name.Length}.");
        }

        if (BuiltIn(reviewer).Any(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return new(null, $"Name: \"{name}\" is a built-in view; choose another name.");
        }

        // A saved view starts at its first page; the page is where one was, not part of the view.
        var query = QueueUrl.ToQuery(filter with { Page = 0 });
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.QueueViews.SingleOrDefaultAsync(v => v.Owner == reviewer.Name && v.Name == name, cancellationToken);
        if (stored is null)
        {
            stored = new SavedQueueViewRecord { Owner = reviewer.Name, Name = name, Query = "", Columns = "", CreatedAtUtc = time.GetUtcNow().UtcDateTime };
            db.QueueViews.Add(stored);
        }

        stored.Query = query;
        stored.Columns = layout.ColumnsText;
        await db.SaveChangesAsync(cancellationToken);
        return new(ToView(stored), null);
    }

    /// <summary>Deletes one of the reviewer's own views (never another's).</summary>
    public async Task<bool> DeleteAsync(Reviewer reviewer, long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.QueueViews.Where(v => v.Id == id && v.Owner == reviewer.Name).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static QueueView Of(string name, QueueFilter filter) => new(null, name, QueueUrl.ToQuery(filter), null);

    private static QueueView ToView(SavedQueueViewRecord record) => new(record.Id, record.Name, record.Query, QueueLayout.ParseColumns(record.Columns));
}
