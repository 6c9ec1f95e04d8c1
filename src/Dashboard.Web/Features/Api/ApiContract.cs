using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dashboard.Web.Features.Api;

/// <summary>An endpoint that changes one post: If-Match with the post's ETag, 428 without it, 412 when stale.</summary>
internal sealed record ChangesPostMetadata;

/// <summary>A state-changing endpoint that takes no If-Match, and why (it changes no post's state, or checks each post's etag in its body).</summary>
internal sealed record NoIfMatchMetadata(string Reason);

/// <summary>
/// The API's contract, applied to every operation of the OpenAPI document under <c>/api</c>
/// (whichever feature maps it): both ways of signing in declared and required, the answers every
/// call can give (401, 403, 500; 400 and 415 with a JSON body) as problem details, and If-Match
/// with its 412 and 428 on each endpoint marked <see cref="ChangesPost"/>. A state-changing
/// endpoint says which it is, <see cref="ChangesPost"/> or <see cref="TakesNoIfMatch"/>; the
/// contract test walks the document and fails on one that says neither.
/// </summary>
internal static class ApiContract
{
    public const string BearerScheme = "bearer";
    public const string CookieScheme = "cookie";
    public const string NoIfMatchExtension = "x-no-if-match";
    public const string ProblemContentType = "application/problem+json";

    public static RouteHandlerBuilder ChangesPost(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(new ChangesPostMetadata());

    public static RouteHandlerBuilder TakesNoIfMatch(this RouteHandlerBuilder endpoint, string reason) => endpoint.WithMetadata(new NoIfMatchMetadata(reason));

    public static OpenApiOptions AddApiContract(this OpenApiOptions options) =>
        options.AddDocumentTransformer(DescribeDocument).AddOperationTransformer(ApplyAsync);

    private static Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Alphanode Review Dashboard API";
        document.Info.Description = "The review queue, posts and their review actions, comments, claims, assignments, imports and the search indexer's feed. "
            + "Every refusal is an RFC 9457 problem details object; a change of one post takes If-Match with the ETag its GET gave.";
        document.Info.Contact = new OpenApiContact { Name = "Alphanode review team" };
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API token (the tokens create verb, or the admin page), sent as Authorization: Bearer <token>. Its role decides what it may do.",
        };
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = ".Alphanode.Session",
            Description = "The sign-in session of the app's pages. A change (any method but GET, HEAD, OPTIONS) with it must come from the app's own pages (Origin or Sec-Fetch-Site), or it is refused with 403.",
        };
        return Task.CompletedTask;
    }

    private static Task ApplyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        if (description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Task.CompletedTask;
        }

        var metadata = description.ActionDescriptor.EndpointMetadata;
        // The one ProblemDetails schema that ProducesProblem declares too.
        var problem = new OpenApiSchemaReference(nameof(ProblemDetails), context.Document);
        operation.Responses ??= [];
        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
            ];
            Answer(operation, StatusCodes.Status401Unauthorized, "No sign-in session or API token, or one that has ended or been revoked.");
            Answer(operation, StatusCodes.Status403Forbidden, "The caller's role may not do this (or, with the sign-in cookie, a change not sent from the app's own pages).");
        }

        if (operation.RequestBody?.Content?.ContainsKey("application/json") == true)
        {
            Answer(operation, StatusCodes.Status400BadRequest, "The body is empty, not JSON, or has a field this call does not take or a value of the wrong type: the problem names the field.");
            Answer(operation, StatusCodes.Status415UnsupportedMediaType, "The body is not sent as application/json.");
        }

        if (metadata.OfType<ChangesPostMetadata>().Any())
        {
            RequireIfMatch(operation);
        }

        if (metadata.OfType<NoIfMatchMetadata>().FirstOrDefault() is { } exempt)
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions[NoIfMatchExtension] = new JsonNodeExtension(JsonValue.Create(exempt.Reason));
        }

        Answer(operation, StatusCodes.Status500InternalServerError, "Something went wrong on the server; the log has the details.");

        // Every refusal, whoever declared it, in one shape.
        foreach (var (code, response) in operation.Responses)
        {
            if (int.TryParse(code, out var status) && status >= 400 && response is OpenApiResponse concrete)
            {
                concrete.Content ??= new Dictionary<string, OpenApiMediaType>();
                concrete.Content.TryAdd(ProblemContentType, new OpenApiMediaType { Schema = problem });
            }
        }

        return Task.CompletedTask;
    }

    private static void RequireIfMatch(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        if (!operation.Parameters.Any(p => p.In == ParameterLocation.Header && string.Equals(p.Name, "If-Match", StringComparison.OrdinalIgnoreCase)))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = true,
                Description = "The post's ETag as you last read it (GET /api/posts/{sourceId}, or the answer to your last change).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Example = JsonValue.Create("\"42\""),
            });
        }

        Answer(operation, StatusCodes.Status412PreconditionFailed, "The post has changed since the ETag in If-Match: read it again.");
        Answer(operation, StatusCodes.Status428PreconditionRequired, "No If-Match (or If-Match: *): a change must name the state it applies to.");
        foreach (var (code, response) in operation.Responses!)
        {
            if (code.StartsWith('2') && response is OpenApiResponse ok)
            {
                ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
                ok.Headers.TryAdd("ETag", new OpenApiHeader
                {
                    Description = "The post's new ETag: send it as If-Match with the next change.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }
        }
    }

    private static void Answer(OpenApiOperation operation, int status, string description) =>
        operation.Responses!.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), new OpenApiResponse { Description = description });
}
