using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Queue;

/// <summary>Each reviewer's queue layout, kept in the database so it follows them to any browser.</summary>
public sealed class QueueLayoutStore(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time)
{
    public async Task<QueueLayout> GetAsync(string owner, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.QueueLayouts.AsNoTracking().Where(l => l.Owner == owner).Select(l => new { l.Columns, l.Density }).SingleOrDefaultAsync(cancellationToken);
        return stored is null ? QueueLayout.Default : QueueLayout.Parse(stored.Columns, stored.Density);
    }

    public async Task SaveAsync(string owner, QueueLayout layout, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.QueueLayouts.SingleOrDefaultAsync(l => l.Owner == owner, cancellationToken);
        if (stored is null)
        {
            stored = new QueueLayoutRecord { Owner = owner, Columns = "", Density = "" };
            db.QueueLayouts.Add(stored);
        }

        stored.Columns = layout.ColumnsText;
        stored.Density = layout.Density.ToString();
        stored.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(stored).State == EntityState.Added)
        {
            // Another tab of the same reviewer saved first: theirs is as good; write ours over it.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            await again.QueueLayouts.Where(l => l.Owner == owner)
                .ExecuteUpdateAsync(u => u.SetProperty(l => l.Columns, layout.ColumnsText).SetProperty(l => l.Density, layout.Density.ToString()), cancellationToken);
        }
    }
}
