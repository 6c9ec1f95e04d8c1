using Dashboard.Core.Comments;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Data;

/// <summary>
/// A post's unresolved threads, read by the review's apply path and the bulk dry run (approval
/// waits for them) as well as by the comments feature; here, below both.
/// </summary>
public static class OpenComments
{
    private const int Shown = 5;
    private const int Excerpt = 60;

    /// <summary>The open threads of post <paramref name="postId"/>, in words ("#12 by lee: the defaults…"), the first few.</summary>
    public static async Task<IReadOnlyList<string>> DescribeAsync(DashboardDbContext db, long postId, CancellationToken cancellationToken)
    {
        var open = await db.PostComments.AsNoTracking()
            .Where(c => c.PostId == postId && c.ParentId == null && c.ResolvedAtUtc == null)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Author, c.Body })
            .Take(Shown + 1)
            .ToListAsync(cancellationToken);
        return [.. open.Select(c => Describe(c.Id, c.Author, c.Body))];
    }

    /// <summary>Which of the posts <paramref name="sourceIds"/> have an open thread.</summary>
    public static async Task<HashSet<string>> PostsWithOpenAsync(DashboardDbContext db, IReadOnlyCollection<string> sourceIds, CancellationToken cancellationToken) =>
        [.. await db.Posts.AsNoTracking()
            .Where(p => sourceIds.Contains(p.SourceId) && db.PostComments.Any(c => c.PostId == p.Id && c.ParentId == null && c.ResolvedAtUtc == null))
            .Select(p => p.SourceId).ToListAsync(cancellationToken)];

    private static string Describe(long id, string author, string body)
    {
        // Mentions by their marker only: this text goes into a refusal, not a page that shows names.
        var text = CommentText.Display(body, _ => "…").ReplaceLineEndings(" ");
        return $"#{id} by {author}: “{(text.Length > Excerpt ? text[..Excerpt] + "…" : text)}”";
    }
}
