using System.Globalization;
using System.Text.Json.Nodes;
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
            operation.RequestBody = Body("application/json", Strict(schema), required);
        });

    // As JsonBody reads a body: any field may be left out (the handler names one it needs), and a
    // field the type lacks is refused.
    private static IOpenApiSchema Strict(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchema inline)
        {
            inline.Required = null;
            if (inline.Properties is { Count: > 0 } properties)
            {
                inline.AdditionalPropertiesAllowed = false;
                foreach (var property in properties.Values)
                {
                    Strict(property);
                }
            }

            if (inline.Items is { } items)
            {
                Strict(items);
            }
        }

        return schema;
    }

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

    /// <summary>An example of the answer with <paramref name="status"/> in <paramref name="contentType"/>.</summary>
    public static RouteHandlerBuilder WithResponseExample(this RouteHandlerBuilder endpoint, int status, string contentType, JsonNode example) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.GetValueOrDefault(status.ToString(CultureInfo.InvariantCulture)) is OpenApiResponse { Content: { } content }
                && content.TryGetValue(contentType, out var media))
            {
                media.Example = example;
            }

            return Task.CompletedTask;
        });

    /// <summary>An example of the JSON request body (declared by <see cref="WithJsonBody{T}"/>, which must come first).</summary>
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder endpoint, JsonNode example) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.RequestBody?.Content?.TryGetValue("application/json", out var media) == true)
            {
                media.Example = example;
            }

            return Task.CompletedTask;
        });

    /// <summary>
    /// The query parameter <paramref name="name"/>, declared with this schema and description: for a
    /// handler that takes it as text to answer a bad value with its own problem.
    /// </summary>
    public static RouteHandlerBuilder WithQueryParameter(this RouteHandlerBuilder endpoint, string name, OpenApiSchema schema, string description) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            if (operation.Parameters.FirstOrDefault(p => p.Name == name && p.In == ParameterLocation.Query) is { } declared)
            {
                operation.Parameters.Remove(declared);
            }

            operation.Parameters.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Query, Schema = schema, Description = description });
            return Task.CompletedTask;
        });

    private static OpenApiRequestBody Body(string contentType, IOpenApiSchema schema, bool required = true) => new()
    {
        Required = required,
        Content = new Dictionary<string, OpenApiMediaType> { [contentType] = new() { Schema = schema } },
    };
}
