namespace Dashboard.Web.Features.Queue;

/// <summary>
/// Links from the queue to a post carry the queue's view and the post's position in it, so the
/// post page can open the next and previous post of the same queue.
/// </summary>
public static class PostLinks
{
    public static string ToPost(string sourceId, QueueFilter queue, int position)
    {
        var query = QueueUrl.ToQuery(queue with { Page = 0 });
        var separator = query.Length == 0 ? "?" : "&";
        return $"/posts/{Uri.EscapeDataString(sourceId)}{query}{separator}pos={position}";
    }

    public static string ToQueue(QueueFilter queue, int position) =>
        "/" + QueueUrl.ToQuery(queue with { Page = position / Math.Max(1, queue.PageSize) });
}
