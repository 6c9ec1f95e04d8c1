using Dashboard.Core.Clustering;
using Dashboard.Core.Generation;

namespace Dashboard.Core.Tests.Clustering;

/// <summary>Pair precision and recall of an index's clusters against the generator's families.</summary>
internal static class FamilyScore
{
    public static (double Precision, double Recall, int TruePairs) Of(NearCopyIndex index, PostGenerator generator, int count)
    {
        var family = Enumerable.Range(0, count).ToDictionary(PostGenerator.SourceIdFor, generator.FamilyOf);
        long truePairs = family.Values.GroupBy(f => f).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        long predicted = 0, correct = 0;
        foreach (var cluster in index.Clusters())
        {
            predicted += (long)cluster.Size * (cluster.Size - 1) / 2;
            correct += cluster.Members.GroupBy(id => family[id]).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        }

        return (predicted == 0 ? 1 : (double)correct / predicted, truePairs == 0 ? 1 : (double)correct / truePairs, (int)truePairs);
    }
}
