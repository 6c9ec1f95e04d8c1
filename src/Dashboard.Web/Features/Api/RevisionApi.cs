using System.Globalization;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Posts;
using Dashboard.Web.Features.Review;

namespace Dashboard.Web.Features.Api;

/// <summary><c>PATCH /api/posts/{sourceId}/revision</c>: an admin sets status, version and last reviewed.</summary>
internal static class RevisionApi
{
    public static async Task<IResult> PatchAsync(string sourceId, HttpContext http, ReviewService reviews, PostReader reader, CancellationToken ct)
    {
        if (ReviewApi.Start(http, ReviewAction.EditRevision, out var problem) is not { } start)
        {
            return problem!;
        }

        var (body, bad) = await JsonBody.ReadAsync<RevisionBody>(http.Request, ct);
        if (bad is not null)
        {
            return bad;
        }

        DateOnly? lastReviewed = null;
        if (body!.LastReviewed is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return ApiProblems.Invalid($"\"lastReviewed\" must be a date such as 2026-01-31, not \"{text}\".");
            }

            lastReviewed = date;
        }

        // Missing fields keep the post's values. They are read now; if the post changes before the
        // service writes, the If-Match no longer matches and the service refuses the whole change.
        var current = await reader.GetAsync(sourceId, ct);
        if (current is null)
        {
            return ApiProblems.NotFound($"No post has the source id \"{sourceId}\".");
        }

        var result = await reviews.EditRevisionAsync(
            sourceId,
            start.Version,
            body.Status ?? current.Status,
            body.Version ?? current.Version,
            lastReviewed ?? current.LastReviewed,
            body.ConfirmBackwards ?? false,
            start.Who,
            ct);
        return await ReviewApi.RespondAsync(http, sourceId, result, reader, ct);
    }
}

/// <summary>
/// <c>{"status"?, "version"?, "lastReviewed"? (yyyy-MM-dd), "confirmBackwards"?}</c>. Moving the
/// version backwards without <c>confirmBackwards: true</c> is refused with 409.
/// </summary>
public sealed record RevisionBody(string? Status, string? Version, string? LastReviewed, bool? ConfirmBackwards);
