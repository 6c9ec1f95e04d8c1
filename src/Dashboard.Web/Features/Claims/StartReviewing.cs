using Dashboard.Core.Review;
using Dashboard.Web.Features.Queue;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Features.Claims;

/// <summary>Claims the next post for the reviewer and opens it in a session, or says that nothing is left.</summary>
public sealed class StartReviewing(NextPost next, NavigationManager navigation, ISnackbar snackbar)
{
    /// <summary>Opens the next post; false when nothing is left for the reviewer in <paramref name="queue"/>.</summary>
    public async Task<bool> OpenNextAsync(Reviewer? reviewer, QueueFilter queue, string? done = null, CancellationToken cancellationToken = default)
    {
        if (reviewer is null)
        {
            snackbar.Add("Sign in to review.", Severity.Warning);
            return false;
        }

        var prefix = done is null ? "" : $"{done}. ";
        if (await next.ClaimNextAsync(reviewer, queue, cancellationToken) is not { } sourceId)
        {
            snackbar.Add($"{prefix}Nothing is left for you to decide on in this view.", done is null ? Severity.Info : Severity.Success);
            return false;
        }

        if (done is not null)
        {
            snackbar.Add($"{prefix}Here is your next post.", Severity.Success);
        }

        navigation.NavigateTo(SessionLinks.ToPost(sourceId, queue));
        return true;
    }
}
