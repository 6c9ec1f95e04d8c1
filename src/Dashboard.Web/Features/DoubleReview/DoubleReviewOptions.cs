using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Features.DoubleReview;

/// <summary>The <c>Review</c> section's double review setting.</summary>
public sealed class DoubleReviewOptions
{
    public const string Section = "Review";

    /// <summary>
    /// The share of posts, 0 to 1, whose lead decision in review needs two independent reviews
    /// (0.05: one in twenty). 0, the default, double reviews nothing.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Review:DoubleReviewShare must be between 0 and 1 (0.05 double reviews one post in twenty).")]
    public double DoubleReviewShare { get; set; }
}
