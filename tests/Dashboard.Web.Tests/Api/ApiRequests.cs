using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Dashboard.Web.Tests.Api;

/// <summary>Requests and answers of the API, as the tests send and read them.</summary>
internal static class ApiRequests
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static HttpRequestMessage Json(HttpMethod method, string path, object body, EntityTagHeaderValue? ifMatch = null) =>
        Raw(method, path, JsonSerializer.Serialize(body), ifMatch);

    public static HttpRequestMessage Raw(HttpMethod method, string path, string? json, EntityTagHeaderValue? ifMatch = null, string mediaType = "application/json")
    {
        var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, mediaType);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch);
        }

        return request;
    }

    public static MultipartFormDataContent Files(params (string Name, string Text)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, text) in files)
        {
            content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } }, "files", name);
        }

        return content;
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct));

    /// <summary>The problem details of a refusal, after checking its status and media type.</summary>
    public static async Task<JsonElement> ProblemOf(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), body);
        return problem;
    }

    public static async Task AssertStatusAsync(HttpResponseMessage response, int status)
    {
        if ((int)response.StatusCode != status)
        {
            Assert.Fail($"expected {status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        }
    }
}
