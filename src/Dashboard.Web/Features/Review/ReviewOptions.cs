namespace Dashboard.Web.Features.Review;

/// <summary>The <c>Review</c> section: rules of the review beyond the workflow's own.</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>A post with an open (unresolved) comment cannot be approved, on the page, in bulk or through the API.</summary>
    public bool BlockApprovalOnOpenComments { get; set; } = true;
}
