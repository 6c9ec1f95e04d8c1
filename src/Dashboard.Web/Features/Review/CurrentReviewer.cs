using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Features.Review;

/// <summary>
/// The reviewer behind this circuit, or null when nobody is signed in. Pages ask here, so the
/// post page and the queue decide the same way what to offer; the services check again anyway.
/// </summary>
public sealed class CurrentReviewer(AuthenticationStateProvider authentication)
{
    /// <summary>What a disabled action says when nobody is signed in.</summary>
    public const string SignInToReview = "Sign in to review.";

    public async Task<Reviewer?> GetAsync()
    {
        try
        {
            var state = await authentication.GetAuthenticationStateAsync();
            return ReviewerClaims.ToReviewer(state.User);
        }
        catch (InvalidOperationException)
        {
            // No authentication state in this scope (no sign-in configured): nobody is acting.
            return null;
        }
    }

    /// <summary>May <paramref name="reviewer"/> do <paramref name="action"/> to a post in <paramref name="status"/>, and if not, why.</summary>
    public static Decision Check(Reviewer? reviewer, ReviewAction action, string status) =>
        reviewer is null ? Decision.Deny(SignInToReview) : ReviewPolicy.Check(reviewer.Role, action, status);

    /// <summary>May <paramref name="reviewer"/> ever do <paramref name="action"/>, and if not, why.</summary>
    public static Decision Permits(Reviewer? reviewer, ReviewAction action) =>
        reviewer is null ? Decision.Deny(SignInToReview) : ReviewPolicy.Permits(reviewer.Role, action);
}
