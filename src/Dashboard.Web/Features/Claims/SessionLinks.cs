using Dashboard.Web.Features.Queue;

namespace Dashboard.Web.Features.Claims;

/// <summary>
/// A post opened by "Start reviewing" carries <c>session=1</c> beside the queue's view, so the
/// page shows the session bar and each decision opens the next post by priority.
/// </summary>
public static class SessionLinks
{
    private const string Marker = "session=1";

    public static string ToPost(string sourceId, QueueFilter queue) => PostLinks.ToPost(sourceId, queue, 0) + "&" + Marker;

    public static bool IsSession(string uri) =>
        uri.IndexOf('?', StringComparison.Ordinal) is var i and >= 0
        && uri[(i + 1)..].Split('&').Contains(Marker, StringComparer.Ordinal);
}
