using Dashboard.Core.Review;

namespace Dashboard.Web.Features.Review;

/// <summary>Who acts: a signed-in person or an API token, with their role.</summary>
public sealed record Reviewer(string Name, Role Role);
