using Dashboard.Core.Review;
using Dashboard.Web.Tests.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Web.Tests.Storage;

/// <summary>History entries written before entries had a kind get, when the database is migrated, the kind their words say.</summary>
public sealed class HistoryKindMigrationTests
{
    // Every wording the app wrote before kinds, and one it never wrote.
    private static readonly (string Action, HistoryKind Kind)[] Written =
    [
        ("imported revision", HistoryKind.ImportedRevision),
        ("checklist edited", HistoryKind.ChecklistEdited),
        ("version bumped (minor)", HistoryKind.VersionBumped),
        ("sent for approval", HistoryKind.SentForApproval),
        ("changes requested", HistoryKind.ChangesRequested),
        ("approved", HistoryKind.Approved),
        ("revision edited", HistoryKind.RevisionEdited),
        ("indexed", HistoryKind.Indexed),
        ("revision of 2026-11-30 09:15 UTC restored", HistoryKind.RevisionRestored),
        ("bulk action undone (approved)", HistoryKind.Undone),
        ("undone (approved)", HistoryKind.Undone),
        ("newer import accepted (batch 7)", HistoryKind.ImportAccepted),
        ("newer import dismissed", HistoryKind.ImportDismissed),
        ("renamed by hand", HistoryKind.Unknown),
    ];

    [Fact]
    public async Task Migrating_gives_every_earlier_entry_the_kind_of_its_words()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync();
        var sourceId = "alphanode-history-kinds";
        Assert.Equal(1, (await database.ImportAsync([TestFiles.FromPost($"{sourceId}.txt", ReviewDatabase.NewPost(sourceId, ReviewStatus.InReview))])).Imported);
        await using var db = database.CreateContext();
        var postId = await db.Posts.Where(p => p.SourceId == sourceId).Select(p => p.Id).SingleAsync(ct);

        // Back to the schema before kinds, where entries are words only, and entries written then.
        var migrations = db.Database.GetMigrations().ToList();
        var kinds = migrations.FindIndex(m => m.EndsWith("_HistoryKinds", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[kinds - 1], cancellationToken: ct);
        var at = new DateTime(2026, 11, 30, 9, 15, 0, DateTimeKind.Utc);
        foreach (var (action, _) in Written)
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"PostHistory\" (\"PostId\", \"AtUtc\", \"Actor\", \"Action\") VALUES ({postId}, {at}, {"someone"}, {action})", ct);
        }

        await migrator.MigrateAsync(cancellationToken: ct);

        var migrated = await db.PostHistory.AsNoTracking().Where(h => h.PostId == postId).OrderBy(h => h.Id).Select(h => new { h.Action, h.Kind }).ToListAsync(ct);
        Assert.Equal(Written, migrated.Select(h => (h.Action, h.Kind)));
    }
}
