using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Claims;
using Dashboard.Web.Features.Posts;
using Dashboard.Web.Features.Queue;

namespace Dashboard.Web.Features.Api;

/// <summary><c>GET /api/posts</c> (the queue, with the queue's URL parameters) and <c>GET /api/posts/{sourceId}</c>.</summary>
internal static class PostsApi
{
    public static void MapPostsApi(this RouteGroupBuilder api)
    {
        var posts = api.MapGroup("/posts").WithTags("Posts");

        posts.MapGet("", ListAsync)
            .WithName("ListPosts")
            .WithSummary("The review queue, one page at a time")
            .WithDescription("Takes the queue page's URL parameters, each listed below; a score's is min-max, such as quality=60-100.")
            .WithQueueParameters()
            .Produces<PostPage>();

        posts.MapGet("/{sourceId}", GetAsync)
            .WithName("GetPost")
            .WithSummary("One whole post: title, body blocks, every meta entry and its review state")
            .WithDescription("The ETag header is the post's row version; send it as If-Match to change the post, or as If-None-Match to get 304 while it is unchanged.")
            .Produces<PostDocument>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, QueueQuery queue, CancellationToken cancellationToken)
    {
        var filter = QueueUrl.Parse(request.QueryString.Value ?? string.Empty) with { Me = ReviewerClaims.ToReviewer(request.HttpContext.User)?.Name };
        var page = await queue.GetPageAsync(filter, cancellationToken);
        return Results.Ok(new PostPage(page.Total, page.Rows));
    }

    private static Task<IResult> GetAsync(string sourceId, HttpContext http, PostReader reader, CancellationToken cancellationToken) =>
        RespondAsync(sourceId, http, reader, notModifiedWhenCurrent: true, cancellationToken);

    /// <summary>The post as it is now, with its new ETag: the answer to every successful change.</summary>
    public static Task<IResult> CurrentAsync(string sourceId, HttpContext http, PostReader reader, CancellationToken cancellationToken) =>
        RespondAsync(sourceId, http, reader, notModifiedWhenCurrent: false, cancellationToken);

    private static async Task<IResult> RespondAsync(string sourceId, HttpContext http, PostReader reader, bool notModifiedWhenCurrent, CancellationToken cancellationToken)
    {
        var view = await reader.GetAsync(sourceId, cancellationToken);
        if (view is null)
        {
            return ApiProblems.NotFound($"No post has the source id \"{sourceId}\".");
        }

        PostETag.Set(http.Response, view.RowVersion);
        if (notModifiedWhenCurrent && PostETag.IsCurrent(http.Request, view.RowVersion))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var claim = await http.RequestServices.GetRequiredService<ClaimStore>().HolderAsync(view.Id, cancellationToken);
        return Results.Ok(PostDocument.From(view) with { Claim = claim });
    }
}

/// <summary>A page of the queue: how many posts match, and this page's rows.</summary>
public sealed record PostPage(int Total, IReadOnlyList<QueueRow> Items);
