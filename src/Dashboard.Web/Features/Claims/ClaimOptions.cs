using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Features.Claims;

/// <summary>The claim settings of the <c>Review</c> section.</summary>
public sealed class ClaimOptions
{
    public const string Section = "Review";

    /// <summary>How long a claim lasts without renewal; an open, active page renews it well before then.</summary>
    [Range(1, 1440, ErrorMessage = "Review:ClaimMinutes must be from 1 to 1440 minutes.")]
    public int ClaimMinutes { get; set; } = 15;

    public TimeSpan Lifetime => TimeSpan.FromMinutes(ClaimMinutes);
}
