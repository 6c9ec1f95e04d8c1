using Dashboard.Web.Data;
using Dashboard.Web.Features.Overview;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Imports;

/// <summary>
/// An import error with its batch, and the refused file around the error's line when the file is
/// still on the server's disk. The only path ever read is the one the importer recorded for that
/// error: the page's address carries ids, never a path.
/// </summary>
public sealed partial class ImportFileView(IDbContextFactory<DashboardDbContext> contexts)
{
    public async Task<ImportErrorView?> GetAsync(long batchId, long errorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var error = await db.ImportErrors.AsNoTracking()
            .Where(e => e.Id == errorId && e.ImportBatchId == batchId)
            .Select(e => new ImportErrorRow(e.Id, e.ImportBatchId, e.File, e.Line, e.Message))
            .FirstOrDefaultAsync(cancellationToken);
        if (error is null)
        {
            return null;
        }

        var batch = await db.ImportBatches.AsNoTracking().Where(b => b.Id == batchId).Select(OverviewQuery.ToBatchRow).FirstAsync(cancellationToken);

        // The batch's error ids in order, for previous / next (ids only: a batch can have thousands).
        var previous = await db.ImportErrors.Where(e => e.ImportBatchId == batchId && e.Id < errorId).OrderByDescending(e => e.Id).Select(e => (long?)e.Id).FirstOrDefaultAsync(cancellationToken);
        var next = await db.ImportErrors.Where(e => e.ImportBatchId == batchId && e.Id > errorId).OrderBy(e => e.Id).Select(e => (long?)e.Id).FirstOrDefaultAsync(cancellationToken);
        var position = await db.ImportErrors.CountAsync(e => e.ImportBatchId == batchId && e.Id <= errorId, cancellationToken);

        var file = await Task.Run(() => ReadExcerpt(error.File, batch.Origin, error.Line), cancellationToken);
        return new ImportErrorView(batch, error, position, previous, next, file);
    }
}

/// <summary>What the import error page shows.</summary>
public sealed record ImportErrorView(
    ImportBatchRow Batch,
    ImportErrorRow Error,
    int Position,
    long? PreviousErrorId,
    long? NextErrorId,
    FileExcerpt File);
