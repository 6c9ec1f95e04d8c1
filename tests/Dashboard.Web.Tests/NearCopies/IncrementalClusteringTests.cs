using Dashboard.Core.Generation;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Features.NearCopies;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.NearCopies;

/// <summary>
/// The index kept in memory between runs places posts as clustering from scratch would, and an
/// instance whose index another instance has outdated (the generation moved on) loads it again.
/// </summary>
public class IncrementalClusteringTests
{
    private const int Seed = 5;
    private const double NearCopyShare = 0.5;

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Batches_placed_from_the_index_in_memory_cluster_as_from_scratch()
    {
        await using var db = await TestDatabase.CreateAsync();
        var generator = new PostGenerator(new GeneratorOptions { Seed = Seed, NearCopyShare = NearCopyShare });
        var files = TestFiles.Generate(0, 400, Seed, nearCopyShare: NearCopyShare);
        foreach (var batch in files.Chunk(100))
        {
            await db.ImportAsync(batch.Select(f => f.ToImport()));
        }

        // A newer file gives a clustered variant an unrelated post's article: it leaves its cluster.
        var variant = files.First(f => generator.FamilyOf(f.Index) != f.Index);
        var unrelated = files.Last(f => generator.FamilyOf(f.Index) == f.Index && f.Index != generator.FamilyOf(variant.Index));
        var newer = unrelated.Post with { Meta = unrelated.Post.Meta with { Payload = unrelated.Post.Meta.Payload! with { SourceId = variant.Post.SourceId } } };
        await db.ImportAsync([TestFiles.FromPost("newer.txt", newer)]);

        var incremental = await StoredClusters.ReadAsync(db);
        Assert.NotEqual(incremental[files[generator.FamilyOf(variant.Index)].Post.SourceId].ClusterId, incremental[variant.Post.SourceId].ClusterId);
        await AssertAsFromScratchAsync(db, incremental);
    }

    [Fact]
    public async Task An_instance_whose_index_another_instance_outdated_loads_it_again()
    {
        await using var db = await TestDatabase.CreateAsync();
        var files = TestFiles.Generate(0, 450, Seed, nearCopyShare: NearCopyShare);
        await db.ImportAsync(files[..150].Select(f => f.ToImport()));

        // Another instance on the same database places the next batch: this one's index lacks it.
        using (var other = TestDatabase.Build(db.Storage))
        {
            await other.Services.GetRequiredService<PostImporter>().ImportAsync(files[150..300].Select(f => f.ToImport()), "tests", "tester", cancellationToken: Cancel);
        }

        await db.ImportAsync(files[300..].Select(f => f.ToImport()));

        var incremental = await StoredClusters.ReadAsync(db);
        incremental.AssertConsistent();
        await AssertAsFromScratchAsync(db, incremental);
    }

    private static async Task AssertAsFromScratchAsync(TestDatabase db, StoredClusters incremental)
    {
        var result = await db.Get<NearCopyClustering>().ReclusterAsync(cancellationToken: Cancel);
        var scratch = await StoredClusters.ReadAsync(db);
        Assert.Equal(0, result.Rewritten);
        Assert.Equal(scratch.Rows.OrderBy(r => r.Id), incremental.Rows.OrderBy(r => r.Id));
        Assert.NotEmpty(scratch.Clusters);
    }
}
