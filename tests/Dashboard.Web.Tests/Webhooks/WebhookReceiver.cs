using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dashboard.Web.Tests.Webhooks;

/// <summary>A local webhook receiver: a tiny Kestrel app on a free loopback port that records every request and answers as told (200 unless queued otherwise).</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Requests { get; } = new();

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            receiver.Requests.Enqueue(new ReceivedWebhook(
                request.Headers["webhook-id"].ToString(), request.Headers["webhook-timestamp"].ToString(), request.Headers["webhook-signature"].ToString(), body));
            return Results.StatusCode(receiver._answers.TryDequeue(out var code) ? code : 200);
        });
        await receiver._app.StartAsync(Xunit.TestContext.Current.CancellationToken);
        receiver.Url = receiver._app.Urls.First() + "/hook";
        return receiver;
    }

    /// <summary>The next requests get these statuses, in order; after them, 200 again.</summary>
    public void AnswerNext(params int[] codes)
    {
        foreach (var code in codes)
        {
            _answers.Enqueue(code);
        }
    }

    public IReadOnlyList<ReceivedEvent> Events => [.. Requests.SelectMany(r => r.Events)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record ReceivedEvent(string Id, string Type, JsonElement Data);

internal sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string Body)
{
    public IReadOnlyList<ReceivedEvent> Events
    {
        get
        {
            using var json = JsonDocument.Parse(Body);
            return [.. json.RootElement.GetProperty("events").EnumerateArray()
                .Select(e => new ReceivedEvent(e.GetProperty("id").GetString()!, e.GetProperty("type").GetString()!, e.GetProperty("data").Clone()))];
        }
    }

    /// <summary>Checked as a receiver would, written out here rather than through the app's own code: HMAC-SHA256 of id.timestamp.body under the secret's key.</summary>
    public bool IsSignedWith(string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{Id}.{Timestamp}.{Body}")));
        return Signature.Split(' ').Contains(expected);
    }
}
