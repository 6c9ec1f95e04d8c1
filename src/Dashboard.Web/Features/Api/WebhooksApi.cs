using Dashboard.Core.Webhooks;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Webhooks;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// Webhook endpoints and their delivery logs (admin): the same service as the admin page's
/// Webhooks tab. The secret is in the answer to the registration only.
/// </summary>
internal static class WebhooksApi
{
    private const string EndpointsNeedNoETag = "An admin's setting of the webhook endpoints, not a post: it carries no ETag, and a removed or unknown endpoint answers 404.";

    public static void MapWebhooksApi(this RouteGroupBuilder api)
    {
        var hooks = api.MapGroup("/webhooks").WithTags("Webhooks");
        var events = string.Join(", ", WebhookEventTypes.All.Select(e => e.Name));

        hooks.MapGet("", ListAsync)
            .WithName("ListWebhookEndpoints")
            .WithDescription("Each endpoint's URL, events, who registered it and when, and when and why it was disabled, if it was; never the secret.")
            .WithSummary("The registered webhook endpoints, without their secrets (admin)")
            .Produces<IReadOnlyList<EndpointView>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        hooks.MapPost("", RegisterAsync)
            .WithName("RegisterWebhookEndpoint")
            .TakesNoIfMatch(EndpointsNeedNoETag)
            .WithSummary("Register an endpoint for some events; the answer holds its whsec_ signing secret, shown this once (admin)")
            .WithDescription($"Body: {{\"url\": \"https://...\", \"events\": [...]}}, events among {events}. The URL must be http(s) and its host in Webhooks:AllowedHosts.")
            .WithJsonBody<WebhookEndpointBody>()
            .Produces<RegisteredEndpoint>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        hooks.MapDelete("/{id:long}", (long id, HttpContext http, WebhookAdmin admin, CancellationToken ct) =>
                AnswerAsync(http, who => admin.RemoveAsync(id, who, ct), _ => Results.NoContent()))
            .WithName("RemoveWebhookEndpoint")
            .WithDescription("404 for an unknown endpoint.")
            .TakesNoIfMatch(EndpointsNeedNoETag)
            .WithSummary("Remove an endpoint and its delivery log (admin)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        hooks.MapPost("/{id:long}/enable", (long id, HttpContext http, WebhookAdmin admin, CancellationToken ct) =>
                AnswerAsync(http, who => admin.EnableAsync(id, who, ct), _ => Results.NoContent()))
            .WithName("EnableWebhookEndpoint")
            .WithDescription("Deliveries that failed while it was disabled are sent once replayed; 404 for an unknown endpoint.")
            .TakesNoIfMatch(EndpointsNeedNoETag)
            .WithSummary("Enable an endpoint that was disabled after its deliveries kept failing (admin)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        hooks.MapGet("/{id:long}/deliveries", (long id, int? page, HttpContext http, WebhookAdmin admin, CancellationToken ct) =>
                AnswerAsync(http, who => admin.DeliveriesAsync(id, page ?? 1, who, ct), log => Results.Ok(log)))
            .WithName("ListWebhookDeliveries")
            .WithDescription("Query page (from 1). 404 for an unknown endpoint.")
            .WithSummary($"The endpoint's delivery log, newest first, {WebhookAdmin.LogPageSize} a page: status, attempts, next attempt, response code (admin)")
            .Produces<DeliveryLog>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        hooks.MapPost("/deliveries/{id:long}/replay", (long id, HttpContext http, WebhookAdmin admin, CancellationToken ct) =>
                AnswerAsync(http, who => admin.ReplayAsync(id, who, ct), _ => Results.Accepted()))
            .WithName("ReplayWebhookDelivery")
            .WithDescription("The delivery is queued again now and its retries start over; 404 for an unknown delivery.")
            .TakesNoIfMatch(EndpointsNeedNoETag)
            .WithSummary("Send a delivery again; its retries start over (admin)")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Task<IResult> ListAsync(HttpContext http, WebhookAdmin admin, CancellationToken ct) =>
        AnswerAsync(http, who => admin.ListAsync(who, ct), endpoints => Results.Ok(endpoints));

    private static async Task<IResult> RegisterAsync(HttpContext http, WebhookAdmin admin, CancellationToken ct)
    {
        if (ReviewerClaims.ToReviewer(http.User) is not { } who)
        {
            return ApiProblems.Forbidden("This account or token has no reviewer role.");
        }

        var (body, bad) = await JsonBody.ReadAsync<WebhookEndpointBody>(http.Request, ct);
        if (bad is not null)
        {
            return bad;
        }

        return Answer(await admin.RegisterAsync(body!.Url, body.Events, who, ct), registered => Results.Created($"/api/webhooks/{registered.Endpoint.Id}", registered));
    }

    private static async Task<IResult> AnswerAsync<T>(HttpContext http, Func<Dashboard.Core.Review.Reviewer, Task<WebhookResult<T>>> call, Func<T, IResult> done) =>
        ReviewerClaims.ToReviewer(http.User) is { } who
            ? Answer(await call(who), done)
            : ApiProblems.Forbidden("This account or token has no reviewer role.");

    private static IResult Answer<T>(WebhookResult<T> result, Func<T, IResult> done) => result.Failure switch
    {
        WebhookFailure.None => done(result.Value!),
        WebhookFailure.Forbidden => ApiProblems.Forbidden(result.Message),
        WebhookFailure.NotFound => ApiProblems.NotFound(result.Message),
        _ => Results.Problem(result.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Invalid value",
            extensions: new Dictionary<string, object?> { ["field"] = result.Field }),
    };
}

/// <summary>A new endpoint: its URL and the names of the events it wants.</summary>
public sealed record WebhookEndpointBody(string? Url, IReadOnlyList<string>? Events);
