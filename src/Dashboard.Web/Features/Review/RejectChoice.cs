using Dashboard.Core.Review;

namespace Dashboard.Web.Features.Review;

/// <summary>What a lead chose in the reject dialog.</summary>
public sealed record RejectChoice(RejectionReason Reason, string? Note, string? DuplicateOf);
