using Dashboard.Core.Clustering;

namespace Dashboard.Web.Features.NearCopies;

/// <summary>
/// The near-copy index one instance keeps between runs, with each held post's stored placement, and
/// the generation (<see cref="Data.Entities.NearCopyState.Runs"/>) it is current at: a run that finds
/// the counter moved on by more than its own bump knows another instance (or the recluster verb) wrote
/// since, and loads the whole index again.
/// </summary>
internal sealed class ClusterMemory(NearCopyIndex index, Dictionary<string, Placement> placements, long generation)
{
    public NearCopyIndex Index { get; } = index;

    /// <summary>Every held post's id and its cluster as stored, by source id.</summary>
    public Dictionary<string, Placement> Placements { get; } = placements;

    public long Generation { get; set; } = generation;
}

/// <summary>A post's id and its cluster as stored: <c>Posts.ClusterId</c> (null when alone) and <c>Posts.ClusterSize</c>.</summary>
internal readonly record struct Placement(long Id, long? ClusterId, int ClusterSize);
