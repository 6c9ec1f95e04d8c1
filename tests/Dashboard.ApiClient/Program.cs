// The review path of issue 19 through the generated client only: an editor lists drafted posts
// with the typed query parameters, reads a post and its ETag and sends it for approval (If-Match
// in the request configuration's headers); a stale ETag is refused as a typed problem (412); a
// lead approves it; the indexer reads the feed and acknowledges the post with the line's etag.
// Exit code 0 and a last line "indexed <sourceId>" when every step did what the API says.
using System.Text.Json;
using Alphanode.Client;
using Alphanode.Client.Api.IndexNamespace.Ack;
using Alphanode.Client.Api.Posts;
using Alphanode.Client.Api.Posts.Item.Submit;
using Alphanode.Client.Models;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

if (args is not [var baseUrl, var editorToken, var leadToken, var indexerToken, var sourceId])
{
    Console.Error.WriteLine("usage: Dashboard.ApiClient <base url> <editor token> <lead token> <indexer token> <source id>");
    return 2;
}

var editor = Connect(baseUrl, editorToken);
var lead = Connect(baseUrl, leadToken);
var indexer = Connect(baseUrl, indexerToken);

// 1. The editor finds the post among the drafted ones, a page at a time.
var listed = false;
for (long page = 1; !listed; page++)
{
    var rows = await editor.Api.Posts.GetAsync(request =>
    {
        request.QueryParameters.Status = GetStatusQueryParameterType.Drafted;
        request.QueryParameters.All = true;
        request.QueryParameters.Size = 200;
        request.QueryParameters.Page = page;
    });
    if (rows?.Items is not { Count: > 0 } items)
    {
        return Fail($"the post {sourceId} is not among the drafted posts ({rows?.Total} listed)");
    }

    if (items.FirstOrDefault(row => row.Status != "drafted") is { } other)
    {
        return Fail($"status=drafted listed {other.SourceId}, which is {other.Status}");
    }

    listed = items.Any(row => row.SourceId == sourceId);
}

// 2. It reads the post and its ETag, and sends it for approval with If-Match.
var (post, etag) = await ReadAsync(editor, sourceId);
Console.WriteLine($"read {post.SourceId}: {post.Status}, ETag {etag}");
var submitted = await editor.Api.Posts[sourceId].Submit.PostAsync(
    new SubmitPostRequestBody { Note = "Ready for a lead (sent by the generated client)." },
    request => request.Headers.Add("If-Match", etag));
if (submitted?.Status != "in review")
{
    return Fail($"after submit the post is {submitted?.Status}, not in review");
}

// 3. The old ETag no longer names the post: the lead's approval with it is refused as a problem.
try
{
    await lead.Api.Posts[sourceId].Approve.PostAsync(request => request.Headers.Add("If-Match", etag));
    return Fail("an approval with a stale ETag was accepted");
}
catch (ProblemDetails problem) when (problem.ResponseStatusCode == 412)
{
    Console.WriteLine($"stale ETag refused: {problem.Status} {problem.Title}");
}

// 4. The lead approves with the current one.
var (_, current) = await ReadAsync(lead, sourceId);
var approved = await lead.Api.Posts[sourceId].Approve.PostAsync(request => request.Headers.Add("If-Match", current));
if (approved?.Status != "approved")
{
    return Fail($"after approve the post is {approved?.Status}, not approved");
}

// 5. The indexer reads the feed (NDJSON, a line per post) and acknowledges the post it took.
string? lineETag = null;
string? after = null;
while (lineETag is null)
{
    await using var feed = await indexer.Api.Index.Feed.GetAsync(request =>
    {
        request.QueryParameters.After = after;
        request.QueryParameters.Limit = 500;
    });
    using var reader = new StreamReader(feed!);
    var lines = 0;
    while (await reader.ReadLineAsync() is { } line)
    {
        lines++;
        using var json = JsonDocument.Parse(line);
        after = json.RootElement.GetProperty("sourceId").GetString();
        if (after == sourceId)
        {
            lineETag = json.RootElement.GetProperty("etag").GetString();
        }
    }

    if (lines == 0 && lineETag is null)
    {
        return Fail($"the approved post {sourceId} is not in the index feed");
    }
}

var ack = await indexer.Api.Index.Ack.PostAsync(new AckPostRequestBody
{
    Posts = [new AckPostRequestBody_posts { SourceId = sourceId, Etag = lineETag }],
});
if (ack?.Indexed?.Contains(sourceId) != true)
{
    return Fail($"the acknowledgement did not index {sourceId}: {string.Join("; ", ack?.Refused?.Select(r => $"{r.SourceId}: {r.Reason}") ?? [])}");
}

Console.WriteLine($"indexed {sourceId}");
return 0;

static DashboardClient Connect(string baseUrl, string token) =>
    new(new HttpClientRequestAdapter(new BaseBearerTokenAuthenticationProvider(new StaticToken(token))) { BaseUrl = baseUrl });

static async Task<(PostDocument Post, string ETag)> ReadAsync(DashboardClient client, string sourceId)
{
    var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
    var post = await client.Api.Posts[sourceId].GetAsync(request => request.Options.Add(headers));
    var etag = headers.ResponseHeaders.TryGetValue("ETag", out var values) ? values.FirstOrDefault() : null;
    return (post!, etag ?? throw new InvalidOperationException($"GET /api/posts/{sourceId} gave no ETag"));
}

static int Fail(string why)
{
    Console.Error.WriteLine($"review path failed: {why}");
    return 1;
}

/// <summary>The API token, as the bearer scheme the document declares.</summary>
internal sealed class StaticToken(string token) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(token);
}
