using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// Reads a JSON request body. Done here rather than by parameter binding so that a malformed
/// body is a 400 problem in every environment (binding throws in Development and answers an
/// empty 400 elsewhere).
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.UnsupportedMediaType("Send the body as JSON (Content-Type: application/json)."));
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await request.ReadFromJsonAsync<T>(options, cancellationToken);
            return value is null
                ? (null, ApiProblems.BadRequest("The request body is empty or null; send a JSON object."))
                : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, ApiProblems.BadRequest($"The request body is not valid JSON for this request: {ex.Message}"));
        }
    }
}
