using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// Reads a JSON request body: the one way every endpoint reads one. Done here rather than by
/// parameter binding so that bad input is a problem in every environment (binding throws in
/// Development and answers an empty 400 elsewhere), and the problem names the field: a body that
/// is empty, not JSON, sent as another content type, with a field the request does not take (a
/// misspelt field would otherwise be ignored without a word) or a value of the wrong type.
/// </summary>
internal static class JsonBody
{
    // Per app options: the same naming and converters, refusing members the body type lacks.
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> Strict = new();

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            var sent = string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : $"Content-Type: {request.ContentType}";
            return (null, ApiProblems.UnsupportedMediaType($"Send the body as JSON (Content-Type: application/json), not with {sent}."));
        }

        var appOptions = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var options = Strict.GetValue(appOptions, o => new JsonSerializerOptions(o) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow });
        if (await IsEmptyAsync(request, cancellationToken))
        {
            return (null, BodyProblems.Refused(null, "The request body is empty; send a JSON object."));
        }

        try
        {
            var value = await request.ReadFromJsonAsync<T>(options, cancellationToken);
            return value is null
                ? (null, BodyProblems.Refused(null, "The request body is null; send a JSON object."))
                : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, BodyProblems.Describe(ex, options.GetTypeInfo(typeof(T))));
        }
    }

    // Told apart from malformed JSON, whose exception says much the same at position 0.
    private static async Task<bool> IsEmptyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } length)
        {
            return length == 0;
        }

        request.EnableBuffering();
        var first = new byte[1];
        var read = await request.Body.ReadAsync(first, cancellationToken);
        request.Body.Position = 0;
        return read == 0;
    }
}
