using Dashboard.Core.Generation;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.NearCopies;

public class NearCopyImportTests
{
    private const int Seed = 5;
    private const double NearCopyShare = 0.5;

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    private static PostGenerator Generator => new(new GeneratorOptions { Seed = Seed, NearCopyShare = NearCopyShare });

    [Fact]
    public async Task Imported_families_are_clustered_with_the_issue_precision_and_recall()
    {
        await using var db = await TestDatabase.CreateAsync();

        var summary = await db.ImportAsync(TestFiles.Generate(0, 600, Seed, nearCopyShare: NearCopyShare).Select(f => f.ToImport()));

        var stored = await StoredClusters.ReadAsync(db);
        var (precision, recall, truePairs) = stored.Score(Generator);
        Assert.True(truePairs > 300, $"{truePairs} true pairs");
        Assert.True(precision >= 0.95, $"precision {precision:F3}");
        Assert.True(recall >= 0.9, $"recall {recall:F3}");
        stored.AssertConsistent();
        Assert.Equal(stored.Clusters.Sum(c => c.Count()), summary.JoinedClusters);
        await using var context = db.CreateContext();
        Assert.False(await context.PostSignatures.AnyAsync(s => s.Pending, Cancel));
    }

    [Fact]
    public async Task A_later_import_joins_the_clusters_already_stored()
    {
        await using var db = await TestDatabase.CreateAsync();
        var files = TestFiles.Generate(0, 400, Seed, nearCopyShare: NearCopyShare);
        await db.ImportAsync(files[..250].Select(f => f.ToImport()));
        var before = await StoredClusters.ReadAsync(db);

        var summary = await db.ImportAsync(files[250..].Select(f => f.ToImport()));

        var after = await StoredClusters.ReadAsync(db);
        after.AssertConsistent();
        var (precision, recall, _) = after.Score(Generator);
        Assert.True(precision >= 0.95 && recall >= 0.9, $"precision {precision:F3}, recall {recall:F3}");

        // Some cluster holds posts of both batches, and its older members' stored size grew.
        var later = files[250..].Select(f => f.Post.SourceId).ToHashSet();
        var spanning = after.Clusters.Where(c => c.Any(r => later.Contains(r.SourceId)) && c.Any(r => !later.Contains(r.SourceId))).ToList();
        Assert.NotEmpty(spanning);
        Assert.Contains(spanning, c => c.Any(r => !later.Contains(r.SourceId) && before[r.SourceId].ClusterSize < r.ClusterSize));
        Assert.Equal(after.Clusters.SelectMany(c => c).Count(r => later.Contains(r.SourceId)), summary.JoinedClusters);
    }
}
