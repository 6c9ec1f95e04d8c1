namespace Dashboard.Core.Clustering;

/// <summary>
/// Posts whose articles are near-copies, directly or through each other (the connected component
/// of the verified candidate pairs, so it does not depend on the order posts were added in).
/// </summary>
/// <param name="Id">
/// The cluster's id: its representative's source id, so it reads and links as a post does. It
/// changes when a post with an earlier source id joins, or the representative leaves; the index
/// reports every post whose cluster may have changed.
/// </param>
/// <param name="Representative">The member with the ordinally least source id: the earliest post of a generator run, whose ids count up.</param>
/// <param name="Members">Every member's source id, ordinally sorted, the representative first; at least two.</param>
public sealed record NearCopyCluster(string Id, string Representative, IReadOnlyList<string> Members)
{
    /// <summary>How many posts the cluster has.</summary>
    public int Size => Members.Count;
}
