using System.ComponentModel.DataAnnotations;
using Dashboard.Core.Clustering;

namespace Dashboard.Web.Features.NearCopies;

/// <summary>The <c>Clustering</c> section: when two articles are near-copies.</summary>
public sealed class NearCopyOptions
{
    public const string Section = "Clustering";

    /// <summary>The least estimated 5-gram Jaccard of two near-copies; see <see cref="ClusteringOptions.Threshold"/> for how the default was chosen.</summary>
    [Range(0.5, 1.0, ErrorMessage = "Clustering:Threshold must be from 0.5 to 1 (the share of word 5-grams two near-copies have in common).")]
    public double Threshold { get; set; } = new ClusteringOptions().Threshold;

    public ClusteringOptions ToClustering() => new() { Threshold = Threshold };
}
