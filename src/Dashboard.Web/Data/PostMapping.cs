using System.Security.Cryptography;
using System.Text;
using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Data;

/// <summary>
/// How a parsed post fills the stored columns. One place, used by the bulk importer and by
/// every reviewer action that rewrites a post, so the columns never disagree with the document.
/// </summary>
public static class PostMapping
{
    /// <summary>A post whose file has no revision block enters the workflow at the start.</summary>
    public const string DefaultStatus = ReviewStatus.Drafted;

    /// <summary>The version given to a post whose file has no revision block.</summary>
    public static readonly SemVersion DefaultVersion = new(0, 1, 0);

    public static PostRecord ToRecord(Post post, string document, string hash, DateTime nowUtc)
    {
        var record = new PostRecord
        {
            SourceId = post.SourceId,
            Title = post.Title,
            Status = DefaultStatus,
            Version = DefaultVersion.ToString(),
            Document = document,
            ContentHash = hash,
            ImportedHash = hash,
            ImportedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
            StatusSinceUtc = nowUtc,
        };
        Apply(post, document, hash, record);
        return record;
    }

    /// <summary>Copies every queried field of <paramref name="post"/> into <paramref name="record"/>.</summary>
    public static void Apply(Post post, string document, string hash, PostRecord record)
    {
        var meta = post.Meta;
        record.Title = post.Title;
        record.Topic = meta.Topic;
        record.Summary = meta.Summary;
        record.Difficulty = meta.Difficulty;
        record.CodeLanguage = meta.CodeLanguage;
        record.ReadingTime = meta.ReadingTime;
        record.ViewCount = meta.ViewCount;
        foreach (var score in ScoreFields.All)
        {
            record.SetScore(score, meta.Score is { } scores ? score.Read(scores) : null);
        }

        var version = meta.Revision?.Version ?? DefaultVersion;
        record.Status = meta.Revision?.Status ?? DefaultStatus;
        record.Version = version.ToString();
        record.VersionMajor = version.Major;
        record.VersionMinor = version.Minor;
        record.VersionPatch = version.Patch;
        record.LastReviewed = meta.Revision?.LastReviewed;
        var rejection = Rejection.Of(meta.Revision);
        record.RejectionReason = rejection is null ? null : RejectionReasons.NameOf(rejection.Reason);
        record.RejectionNote = rejection?.Note;
        record.DuplicateOf = rejection?.DuplicateOf;
        record.RejectedBy = rejection?.By;
        record.RejectedAtUtc = rejection?.AtUtc;

        // A file without flags has not been cleared by anyone: it needs a person.
        record.NeedsHumanReview = meta.Flags?.NeedsHumanReview ?? true;
        record.InQueue = IsInQueue(record.NeedsHumanReview, record.Status);
        record.HasImages = meta.Flags?.HasImages ?? post.Body.OfType<Figure>().Any();
        record.ImageHeavy = meta.Flags?.ImageHeavy ?? false;
        record.AiGeneratedStyle = meta.Flags?.AiGeneratedStyle ?? false;
        record.ImageCount = post.Body.OfType<Figure>().Count();

        record.Stack = [.. meta.Stack ?? []];
        record.Tools = [.. meta.Tools ?? []];
        record.Checklist = [.. meta.Checklist ?? []];
        record.Entities = [.. (meta.Entities ?? []).Select(e => new EntityValue { Name = e.Name, Type = e.Type })];
        record.Reference = meta.Reference;
        record.Hash = meta.Hash;
        record.Document = document;
        record.ContentHash = hash;
    }

    /// <summary>The workflow's "in the queue" rule (<see cref="ReviewWorkflow.IsInQueue"/>), as the stores and tests call it here.</summary>
    public static bool IsInQueue(bool needsHumanReview, string status) => ReviewWorkflow.IsInQueue(needsHumanReview, status);

    public static string HashOf(string document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
