using Microsoft.Net.Http.Headers;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// A post's ETag is its row version, quoted: <c>"42"</c>. Every change raises the row version,
/// so the ETag a client read is what it sends back in If-Match to say which state it changes.
/// </summary>
internal static class PostETag
{
    public static string For(long rowVersion) => $"\"{rowVersion}\"";

    public static void Set(HttpResponse response, long rowVersion)
    {
        response.Headers.ETag = For(rowVersion);
        // Clients may keep the post, but must ask (If-None-Match) before using it again.
        response.Headers.CacheControl = "private, no-cache";
    }

    /// <summary>True when If-None-Match names the current ETag (or *): the client's copy is current.</summary>
    public static bool IsCurrent(HttpRequest request, long rowVersion)
    {
        var current = new EntityTagHeaderValue(For(rowVersion));
        return request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }

    /// <summary>
    /// The row version named by If-Match, or a problem: 428 when the header is missing or is
    /// <c>*</c> (a change must say which state it applies to), 400 when it is not an entity tag.
    /// A tag that is no post's row version (weak, or not a number) gets -1, which the review
    /// service refuses as stale (412), as it is.
    /// </summary>
    public static long? Expected(HttpRequest request, out IResult? problem)
    {
        problem = null;
        var header = request.Headers.IfMatch;
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            problem = ApiProblems.PreconditionRequired("Send If-Match with the ETag of the post as you last read it (GET /api/posts/{sourceId}).");
            return null;
        }

        if (!EntityTagHeaderValue.TryParseStrictList(header, out var tags) || tags.Count == 0)
        {
            problem = ApiProblems.BadRequest("If-Match must be an entity tag such as \"42\", as the ETag header gave it.");
            return null;
        }

        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            problem = ApiProblems.PreconditionRequired("If-Match: * is not accepted; send the ETag of the post as you last read it.");
            return null;
        }

        return RowVersionOf(tags[0]);
    }

    /// <summary>The row version an entity tag names, or -1 (which no post has) when it names none.</summary>
    public static long Parse(string etag) =>
        EntityTagHeaderValue.TryParse(etag, out var tag) ? RowVersionOf(tag) : -1;

    private static long RowVersionOf(EntityTagHeaderValue tag) =>
        !tag.IsWeak && long.TryParse(tag.Tag.AsSpan().Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? version
            : -1;
}
