using System.Text.Json;

namespace Dashboard.Web.Tests.Api;

/// <summary>One operation of the app's OpenAPI document: its path, method and JSON.</summary>
internal sealed record ApiOperation(string Path, string Method, JsonElement Json)
{
    public string Name => Json.TryGetProperty("operationId", out var id) ? id.GetString()! : $"{Method} {Path}";

    public bool ChangesState => Method is not ("GET" or "HEAD" or "OPTIONS");

    public IEnumerable<JsonElement> Parameters => Json.TryGetProperty("parameters", out var list) ? list.EnumerateArray() : [];

    public IEnumerable<JsonElement> ParametersIn(string location) => Parameters.Where(p => p.GetProperty("in").GetString() == location);

    public IEnumerable<(string Code, JsonElement Response)> Responses =>
        Json.GetProperty("responses").EnumerateObject().Select(r => (r.Name, r.Value));

    public bool Answers(int status) => Json.GetProperty("responses").TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out _);

    public bool DeclaresIfMatch => ParametersIn("header").Any(p =>
        string.Equals(p.GetProperty("name").GetString(), "If-Match", StringComparison.OrdinalIgnoreCase) && p.TryGetProperty("required", out var r) && r.GetBoolean());

    /// <summary>The request body's schema for <paramref name="mediaType"/>, or null.</summary>
    public JsonElement? BodySchema(string mediaType) =>
        Json.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty(mediaType, out var media) ? media.GetProperty("schema") : null;

    public bool BodyRequired => Json.TryGetProperty("requestBody", out var body) && body.TryGetProperty("required", out var required) && required.GetBoolean();
}

/// <summary>The app's own document, <c>/openapi/v1.json</c>, as the contract tests walk it: every operation under <c>/api</c>.</summary>
internal sealed class ApiDocument(JsonElement root)
{
    public JsonElement Root { get; } = root;

    public static async Task<ApiDocument> ReadAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/openapi/v1.json", ApiRequests.Ct);
        await ApiRequests.AssertStatusAsync(response, 200);
        return new ApiDocument((await ApiRequests.JsonOf(response)).Clone());
    }

    public IReadOnlyList<ApiOperation> Operations =>
    [
        .. Root.GetProperty("paths").EnumerateObject()
            .Where(path => path.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Name is "get" or "put" or "post" or "delete" or "patch" or "head" or "options")
                .Select(op => new ApiOperation(path.Name, op.Name.ToUpperInvariant(), op.Value))),
    ];

    public ApiOperation Operation(string operationId) => Operations.Single(op => op.Name == operationId);

    /// <summary>The schema a <c>$ref</c> names, or the schema itself.</summary>
    public JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? Root.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;

    public IEnumerable<string> SecuritySchemes =>
        Root.TryGetProperty("components", out var components) && components.TryGetProperty("securitySchemes", out var schemes)
            ? schemes.EnumerateObject().Select(s => s.Name)
            : [];
}
