using Dashboard.Web.Features.NearCopies;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.NearCopies;

public class ReclusterTests
{
    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reclustering_from_scratch_rebuilds_lost_signatures_and_clusters_as_the_import_left_them()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.ImportAsync(TestFiles.Generate(0, 300, 5, nearCopyShare: 0.5).Select(f => f.ToImport()));
        var imported = await StoredClusters.ReadAsync(db);
        await using (var context = db.CreateContext())
        {
            await context.PostSignatures.ExecuteDeleteAsync(Cancel);
            await context.Posts.ExecuteUpdateAsync(s => s.SetProperty(p => p.ClusterId, (long?)null).SetProperty(p => p.ClusterSize, 1), Cancel);
        }

        var stages = new List<ReclusterProgress>();
        var result = await db.Get<NearCopyClustering>().ReclusterAsync(new SyncProgress(stages.Add), Cancel);

        var rebuilt = await StoredClusters.ReadAsync(db);
        Assert.Equal(imported.Rows.OrderBy(r => r.Id), rebuilt.Rows.OrderBy(r => r.Id));
        Assert.Equal((300, 0), (result.Posts, result.Unreadable));
        Assert.Equal(imported.Clusters.Count(), result.Clusters);
        Assert.Contains(stages, s => s.Stage == ReclusterStage.Signing && s.Done == 300);
        Assert.Contains(stages, s => s.Stage == ReclusterStage.Clustering && s.Done == 300);
        await using var check = db.CreateContext();
        Assert.Equal(300, await check.PostSignatures.CountAsync(s => !s.Pending, Cancel));
    }

    private sealed class SyncProgress(Action<ReclusterProgress> report) : IProgress<ReclusterProgress>
    {
        public void Report(ReclusterProgress value) => report(value);
    }
}
