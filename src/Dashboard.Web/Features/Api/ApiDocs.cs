using Microsoft.OpenApi;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// Request bodies in the OpenAPI document for handlers that read their body themselves.
/// <c>Accepts&lt;T&gt;()</c> would also make routing match on Content-Type and answer a wrong one
/// with a bare 415 before the handler can explain it in a problem.
/// </summary>
internal static class ApiDocs
{
    public static RouteHandlerBuilder WithJsonBody<T>(this RouteHandlerBuilder endpoint, bool required = true) =>
        endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken);
            operation.RequestBody = Body("application/json", schema, required);
        });

    /// <summary>multipart/form-data with one or more file parts.</summary>
    public static RouteHandlerBuilder WithFileUpload(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var files = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
            operation.RequestBody = Body("multipart/form-data", new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = new Dictionary<string, IOpenApiSchema> { ["files"] = files },
            });
            return Task.CompletedTask;
        });

    private static OpenApiRequestBody Body(string contentType, IOpenApiSchema schema, bool required = true) => new()
    {
        Required = required,
        Content = new Dictionary<string, OpenApiMediaType> { [contentType] = new() { Schema = schema } },
    };
}
