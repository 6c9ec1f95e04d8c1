using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Claims;
using Dashboard.Web.Features.Posts;
using Dashboard.Web.Features.Queue;

namespace Dashboard.Web.Features.Api;

/// <summary><c>POST /api/queue/next</c> and <c>DELETE /api/posts/{sourceId}/claim</c>: the same claims and "next" as the pages.</summary>
internal static class ClaimsApi
{
    private const string ClaimIsNoChange = "A claim is not part of the post's state (its ETag stays); two callers at once never get the same post.";

    public static void MapClaimsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/queue/next", NextAsync).WithTags("Claims")
            .WithName("ClaimNextPost")
            .WithSummary("Claim the next post the caller's role can decide on, by priority")
            .WithDescription("Editors get drafted and changes-requested posts (those a lead sent back to them first), leads in-review ones; "
                + "then failing error checks, big clusters, low quality and the longest waiting come first. Takes the queue's filter parameters to stay within a view. "
                + "The post is claimed for the caller in the same step, so two callers at once never get the same one. 204 when nothing is left.")
            .WithQueueParameters()
            .TakesNoIfMatch(ClaimIsNoChange)
            .Produces<PostDocument>()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapDelete("/posts/{sourceId}/claim", ReleaseAsync).WithTags("Claims")
            .WithName("ReleaseClaim")
            .WithSummary("Release the claim on a post: the caller's own; a lead's or admin's releases anyone's")
            .WithDescription("204 when released; 403 for another's claim (unless a lead or admin asks), 404 when nobody holds it.")
            .TakesNoIfMatch(ClaimIsNoChange)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> NextAsync(HttpContext http, NextPost next, PostReader reader, CancellationToken ct)
    {
        if (ReviewerClaims.ToReviewer(http.User) is not { } who)
        {
            return ApiProblems.Forbidden("This account or token has no reviewer role.");
        }

        var filter = QueueUrl.Parse(http.Request.QueryString.Value ?? string.Empty);
        return await next.ClaimNextAsync(who, filter, ct) is { } sourceId
            ? await PostsApi.CurrentAsync(sourceId, http, reader, ct)
            : Results.NoContent();
    }

    private static async Task<IResult> ReleaseAsync(string sourceId, HttpContext http, ClaimStore claims, CancellationToken ct)
    {
        if (ReviewerClaims.ToReviewer(http.User) is not { } who)
        {
            return ApiProblems.Forbidden("This account or token has no reviewer role.");
        }

        if (await claims.PostIdAsync(sourceId, ct) is not { } postId)
        {
            return ApiProblems.NotFound($"No post has the source id \"{sourceId}\".");
        }

        var anyone = ReviewWork.MayReleaseAnyClaim(who.Role);
        if (await claims.ReleaseAsync(postId, sourceId, who, anyone, ct))
        {
            return Results.NoContent();
        }

        return await claims.HolderAsync(postId, ct) is { } holder
            ? ApiProblems.Forbidden($"The post is claimed by {holder.By} until {holder.Until:HH:mm} UTC; only they or a lead can release it.")
            : ApiProblems.NotFound($"Nobody has claimed the post \"{sourceId}\".");
    }
}
