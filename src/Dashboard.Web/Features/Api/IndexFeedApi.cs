using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// The search indexer's side: <c>GET /api/index/feed</c> (approved posts, NDJSON) and
/// <c>POST /api/index/ack</c> (the posts it took become indexed and leave the feed).
/// </summary>
internal static class IndexFeedApi
{
    public const int DefaultLimit = 1000;
    public const int MaxLimit = 10_000;

    public static void MapIndexFeedApi(this RouteGroupBuilder api)
    {
        var index = api.MapGroup("/index").WithTags("Index feed");

        index.MapGet("/feed", Feed)
            .WithName("GetIndexFeed")
            .WithSummary("Approved posts not yet indexed, as NDJSON, in source id order")
            .WithDescription(
                "One JSON object a line, as the schema and example show (each line ends with \\n): {sourceId, title, version, lastReviewed, document, etag}, document being the post's canonical text and etag what to acknowledge it with. "
                + $"Page with after=<the last source id read> and limit (1-{MaxLimit}, default {DefaultLimit}). Only approved posts ever appear.")
            .WithQueryParameter("after", new OpenApiSchema { Type = JsonSchemaType.String }, "The source id of the last line read: the page starts after it.")
            .WithQueryParameter("limit", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = MaxLimit.ToString(CultureInfo.InvariantCulture) },
                $"Lines at most (default {DefaultLimit}).")
            .Produces<IndexFeedItem>(StatusCodes.Status200OK, IndexFeed.ContentType)
            .WithResponseExample(StatusCodes.Status200OK, IndexFeed.ContentType, new JsonObject
            {
                ["sourceId"] = "alphanode-002829",
                ["title"] = "Caching a slow API",
                ["version"] = "1.5.4",
                ["lastReviewed"] = "2026-11-30",
                ["document"] = "Caching a slow API\n\n...",
                ["etag"] = "\"42\"",
            })
            .ProducesProblem(StatusCodes.Status400BadRequest);

        index.MapPost("/ack", AckAsync)
            .WithName("AcknowledgeIndexed")
            .WithSummary("Mark posts the indexer took as indexed (lead, admin)")
            .WithDescription("Each post with the etag its feed line gave. Posts that are not approved, do not exist or changed since the feed gave them are refused by id with the reason; the others become indexed. A body of bare \"sourceIds\" is refused (422).")
            .WithJsonBody<IndexAckBody>()
            .WithRequestExample(new JsonObject { ["posts"] = new JsonArray(new JsonObject { ["sourceId"] = "alphanode-002829", ["etag"] = "\"42\"" }) })
            .TakesNoIfMatch("Each post's etag is in the body, as its feed line gave it; a post changed since is refused by id and stays in the feed.")
            .Produces<IndexAckResponse>()
            .WithResponseExample(StatusCodes.Status200OK, "application/json", new JsonObject
            {
                ["indexed"] = new JsonArray("alphanode-002829"),
                ["refused"] = new JsonArray(new JsonObject { ["sourceId"] = "alphanode-002830", ["reason"] = "The post has changed since the feed gave it; read the feed again." }),
            })
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static IResult Feed(string? after, string? limit, IDbContextFactory<DashboardDbContext> contexts)
    {
        var take = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take is < 1 or > MaxLimit))
        {
            return ApiProblems.BadRequest($"\"limit\" must be a whole number from 1 to {MaxLimit}.");
        }

        return new IndexFeed(contexts, string.IsNullOrEmpty(after) ? null : after, take);
    }

    // Every entry complete; null when the body is not the posts form.
    private static List<IndexAckRequest>? Requests(IndexAckBody body) => (body.SourceIds, body.Posts) switch
    {
        (null, { } posts) when posts.All(p => !string.IsNullOrWhiteSpace(p?.SourceId) && !string.IsNullOrWhiteSpace(p.ETag)) =>
            [.. posts.Select(p => new IndexAckRequest(p!.SourceId!, PostETag.Parse(p.ETag!)))],
        _ => null,
    };

    private static async Task<IResult> AckAsync(HttpContext http, ReviewService reviews, CancellationToken ct)
    {
        if (ReviewerClaims.ToReviewer(http.User) is not { } who)
        {
            return ApiProblems.Forbidden("This account or token has no reviewer role.");
        }

        if (ReviewPolicy.Permits(who.Role, ReviewAction.MarkIndexed) is { Allowed: false } denied)
        {
            return ApiProblems.Forbidden(denied.Reason);
        }

        var (body, bad) = await JsonBody.ReadAsync<IndexAckBody>(http.Request, ct);
        if (bad is not null)
        {
            return bad;
        }

        // Ids alone would mark indexed whatever state each post is in now, which may be a revision
        // approved again after the feed gave the indexer an earlier one: only an etag says what it took.
        if (body!.SourceIds is { } ids)
        {
            return ApiProblems.Invalid(
                $"\"sourceIds\" is no longer accepted, so nothing was marked indexed ({Named(ids)}): an id does not say which revision the indexer took. "
                + "Send \"posts\": [{\"sourceId\": \"...\", \"etag\": \"...\"}] with the etag of each post's feed line.");
        }

        if (Requests(body) is not { } requests)
        {
            return ApiProblems.Invalid("Send \"posts\": [{\"sourceId\": \"...\", \"etag\": \"...\"}] with the etag of each post's feed line.");
        }

        if (requests.Count > MaxLimit)
        {
            return ApiProblems.Invalid($"Acknowledge at most {MaxLimit} posts at a time.");
        }

        var ack = await reviews.MarkIndexedAsync(requests, who, ct);
        return ack.Forbidden
            ? ApiProblems.Forbidden(ack.Refused.FirstOrDefault()?.Reason)
            : Results.Ok(new IndexAckResponse(ack.Indexed, ack.Refused));
    }

    // The first few ids, so a large body does not make a larger answer.
    private static string Named(IReadOnlyList<string?> ids)
    {
        const int Shown = 10;
        var named = string.Join(", ", ids.Take(Shown).Select(id => $"\"{id}\""));
        return ids.Count > Shown ? $"{named} and {ids.Count - Shown} more" : named;
    }
}

/// <summary>
/// The posts the indexer took: <c>{"posts": [{"sourceId": "...", "etag": "\"42\""}]}</c> with the
/// feed's etag of each (a post changed since is refused, and stays in the feed). The former
/// <c>{"sourceIds": ["..."]}</c> form is read only to refuse it by name.
/// </summary>
public sealed record IndexAckBody(IReadOnlyList<string?>? SourceIds, IReadOnlyList<IndexAckPost?>? Posts);

/// <summary>One post of an acknowledgement, with the etag its feed line gave.</summary>
public sealed record IndexAckPost(string? SourceId, [property: JsonPropertyName("etag")] string? ETag);

/// <summary>What the acknowledgement did: the posts now indexed, and those refused with the reason.</summary>
public sealed record IndexAckResponse(IReadOnlyList<string> Indexed, IReadOnlyList<IndexRefusal> Refused);
