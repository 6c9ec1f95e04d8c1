using System.Text.Json;
using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Features.Review;

/// <summary>
/// What a history entry records before and after a change: the reviewable state of a post
/// (revision, flag, checklist) and the whole document, so restoring an earlier revision puts
/// back exactly what was there. The assignee is recorded too, so that undoing an assignment puts
/// the previous one back (entries from before assignment existed have none).
/// </summary>
public sealed record RevisionSnapshot(
    string Status, string Version, DateOnly? LastReviewed, bool NeedsHumanReview, IReadOnlyList<string> Checklist, string Document, string? Assignee = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RevisionSnapshot Of(PostRecord post) =>
        new(post.Status, post.Version, post.LastReviewed, post.NeedsHumanReview, [.. post.Checklist], post.Document, post.AssigneeName);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RevisionSnapshot? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RevisionSnapshot>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
