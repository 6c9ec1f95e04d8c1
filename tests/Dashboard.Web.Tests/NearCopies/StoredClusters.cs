using Dashboard.Core.Generation;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.NearCopies;

/// <summary>The clusters as the database stores them, and their pair precision and recall against the generator's families.</summary>
internal sealed record StoredClusters(IReadOnlyList<StoredClusters.Row> Rows)
{
    public static async Task<StoredClusters> ReadAsync(TestDatabase db)
    {
        await using var context = db.CreateContext();
        var rows = await context.Posts.AsNoTracking().Select(p => new Row(p.Id, p.SourceId, p.ClusterId, p.ClusterSize)).ToListAsync(Xunit.TestContext.Current.CancellationToken);
        return new StoredClusters(rows);
    }

    public IEnumerable<IGrouping<long, Row>> Clusters => Rows.Where(r => r.ClusterId is not null).GroupBy(r => r.ClusterId!.Value);

    public Row this[string sourceId] => Rows.Single(r => r.SourceId == sourceId);

    public (double Precision, double Recall, long TruePairs) Score(PostGenerator generator)
    {
        var family = Rows.ToDictionary(r => r.SourceId, r => generator.FamilyOf(int.Parse(r.SourceId["alphanode-".Length..], System.Globalization.CultureInfo.InvariantCulture)));
        long truePairs = family.Values.GroupBy(f => f).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        long predicted = 0, correct = 0;
        foreach (var cluster in Clusters)
        {
            predicted += (long)cluster.Count() * (cluster.Count() - 1) / 2;
            correct += cluster.GroupBy(r => family[r.SourceId]).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        }

        return (predicted == 0 ? 1 : (double)correct / predicted, truePairs == 0 ? 1 : (double)correct / truePairs, truePairs);
    }

    /// <summary>Every stored cluster is consistent: its id is its representative's (the ordinally first source id) post id, every member holds its size, and a post alone has none.</summary>
    public void AssertConsistent()
    {
        foreach (var cluster in Clusters)
        {
            var representative = cluster.MinBy(r => r.SourceId, StringComparer.Ordinal)!;
            Assert.Equal(representative.Id, cluster.Key);
            Assert.All(cluster, r => Assert.Equal(cluster.Count(), r.ClusterSize));
            Assert.True(cluster.Count() >= 2, $"cluster {cluster.Key} has one member");
        }

        Assert.All(Rows.Where(r => r.ClusterId is null), r => Assert.Equal(1, r.ClusterSize));
    }

    public sealed record Row(long Id, string SourceId, long? ClusterId, int ClusterSize);
}
