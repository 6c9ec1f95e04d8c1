using System.Globalization;
using System.Text;
using Dashboard.Core.Webhooks;
using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Features.Webhooks;

/// <summary>What one request to an endpoint got: its HTTP status, or why there was none.</summary>
public sealed record WebhookAttempt(int? ResponseCode, string? Error, bool Sent = false)
{
    public bool Succeeded => ResponseCode is >= 200 and < 300;
}

/// <summary>
/// Sends one signed message: <c>webhook-id</c>, <c>webhook-timestamp</c> (seconds since 1970) and
/// <c>webhook-signature</c>, through a client that follows no redirect (a receiver cannot send
/// the request on to a host that is not allowed).
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider time)
{
    public const string ClientName = "webhooks";

    public async Task<WebhookAttempt> SendAsync(WebhookEndpoint endpoint, WebhookMessage message, CancellationToken cancellationToken)
    {
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(message.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", message.Id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(endpoint.Secret, message.Id, timestamp, message.Body));
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            return new WebhookAttempt(code, code is >= 200 and < 300 ? null : $"the receiver answered {code} {response.ReasonPhrase}", Sent: true);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var error = ex is TaskCanceledException ? "no answer before Webhooks:TimeoutSeconds" : ex.Message;
            return new WebhookAttempt(null, error.Length > 1000 ? error[..1000] : error, Sent: true);
        }
    }
}
