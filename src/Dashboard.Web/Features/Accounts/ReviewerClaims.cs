using System.Security.Claims;
using Dashboard.Core.Review;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// The reviewer behind a request or a circuit: a signed-in account (cookie) or an API token
/// (bearer). Both carry the name in <see cref="ClaimTypes.Name"/> and the role in
/// <see cref="ClaimTypes.Role"/>; the highest role wins when there are several.
/// </summary>
public static class ReviewerClaims
{
    public static Reviewer? ToReviewer(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true } identity)
        {
            return null;
        }

        Role? best = null;
        foreach (var claim in user.FindAll(ClaimTypes.Role))
        {
            if (Roles.TryParse(claim.Value, out var role) && (best is null || role > best))
            {
                best = role;
            }
        }

        return best is { } found ? new Reviewer(identity.Name ?? "unknown", found) : null;
    }
}
