using Dashboard.Core.Format;

namespace Dashboard.Web.Data.Imports;

/// <summary>
/// The Posts columns the importer writes, once for every store: each store's insert and update
/// are built from this list, in this order. A test compares it with the EF model, so a column
/// added to the model and not here fails a test instead of importing as NULL.
/// </summary>
public static class PostColumns
{
    /// <summary>Mapped columns the importer leaves alone, each for a reason.</summary>
    public static readonly IReadOnlyList<string> NotImported =
    [
        "Id", // the database numbers posts
        "IndexedAtUtc", // set by the index feed's acknowledgement, never by a file
        "ClusterId", // set by the near-copy clustering after the rows are written
        "ClusterSize", // likewise
        // A file never brings a rejection (ImportPolicy admits a rejected file as drafted) and a
        // rejected post is reviewer-touched, so no import writes over one.
        "RejectionReason",
        "RejectionNote",
        "DuplicateOf",
        "RejectedBy",
        "RejectedAtUtc",
        "AssigneeName", // a lead's assignment, kept whatever the file says
    ];

    public static readonly IReadOnlyList<PostColumn> All =
    [
        new("SourceId", PostColumnType.Text, (p, _) => p.Record.SourceId, OnUpdate.Keep),
        new("Title", PostColumnType.Text, (p, _) => p.Record.Title),
        new("Topic", PostColumnType.Text, (p, _) => p.Record.Topic),
        new("Summary", PostColumnType.Text, (p, _) => p.Record.Summary),
        new("Difficulty", PostColumnType.Text, (p, _) => p.Record.Difficulty),
        new("CodeLanguage", PostColumnType.Text, (p, _) => p.Record.CodeLanguage),
        new("ReadingTime", PostColumnType.Integer, (p, _) => p.Record.ReadingTime),
        new("ViewCount", PostColumnType.BigInt, (p, _) => p.Record.ViewCount),
        .. ScoreFields.All.Select(score => new PostColumn(score.Column(), PostColumnType.Integer, (p, _) => p.Record.GetScore(score))),
        new("Status", PostColumnType.Text, (p, _) => p.Record.Status),
        new("Version", PostColumnType.Text, (p, _) => p.Record.Version),
        new("VersionMajor", PostColumnType.BigInt, (p, _) => p.Record.VersionMajor),
        new("VersionMinor", PostColumnType.BigInt, (p, _) => p.Record.VersionMinor),
        new("VersionPatch", PostColumnType.BigInt, (p, _) => p.Record.VersionPatch),
        new("LastReviewed", PostColumnType.Date, (p, _) => p.Record.LastReviewed),
        new("NeedsHumanReview", PostColumnType.Boolean, (p, _) => p.Record.NeedsHumanReview),
        new("InQueue", PostColumnType.Integer, (p, _) => p.Record.InQueue ? 1 : 0), // 0/1, see PostRecordConfiguration
        new("HasImages", PostColumnType.Boolean, (p, _) => p.Record.HasImages),
        new("ImageHeavy", PostColumnType.Boolean, (p, _) => p.Record.ImageHeavy),
        new("AiGeneratedStyle", PostColumnType.Boolean, (p, _) => p.Record.AiGeneratedStyle),
        new("ImageCount", PostColumnType.Integer, (p, _) => p.Record.ImageCount),
        new("CheckErrors", PostColumnType.Integer, (p, _) => p.Record.CheckErrors),
        new("CheckWarnings", PostColumnType.Integer, (p, _) => p.Record.CheckWarnings),
        new("Stack", PostColumnType.TextList, (p, _) => p.Record.Stack, Json: p => p.StackJson),
        new("Tools", PostColumnType.TextList, (p, _) => p.Record.Tools, Json: p => p.ToolsJson),
        new("Checklist", PostColumnType.TextList, (p, _) => p.Record.Checklist, Json: p => p.ChecklistJson),
        new("Entities", PostColumnType.Json, (p, _) => p.EntitiesJson),
        new("Reference", PostColumnType.Text, (p, _) => p.Record.Reference),
        new("Hash", PostColumnType.Text, (p, _) => p.Record.Hash),
        new("Document", PostColumnType.Text, (p, _) => p.Record.Document),
        new("ContentHash", PostColumnType.Text, (p, _) => p.Record.ContentHash),
        new("ImportedHash", PostColumnType.Text, (p, _) => p.Record.ImportedHash),
        new("ReviewerTouched", PostColumnType.Boolean, (_, _) => false),
        new("ImportedAtUtc", PostColumnType.Timestamp, (p, _) => p.Record.ImportedAtUtc),
        new("UpdatedAtUtc", PostColumnType.Timestamp, (p, _) => p.Record.UpdatedAtUtc),
        new("StatusSinceUtc", PostColumnType.Timestamp, (p, _) => p.Record.UpdatedAtUtc, OnUpdate.WhenStatusChanges),
        new("LastImportBatchId", PostColumnType.BigInt, (_, batchId) => batchId),
        new("RowVersion", PostColumnType.BigInt, (_, _) => 0L, OnUpdate.Increment),
    ];

    /// <summary>The columns whose values an update binds as parameters.</summary>
    public static readonly IReadOnlyList<PostColumn> BoundOnUpdate = [.. All.Where(c => c.OnUpdate is OnUpdate.Set or OnUpdate.WhenStatusChanges)];

    /// <summary>
    /// An update's SET list in a store's own quoting of column names and parameters, so both stores
    /// apply each <see cref="OnUpdate"/> the same way. SET reads the row as it was, so the status
    /// compared is the stored one.
    /// </summary>
    public static string UpdateSetList(Func<string, string> column, Func<string, string> parameter) =>
        string.Join(", ", All.Where(c => c.OnUpdate != OnUpdate.Keep).Select(c => c.OnUpdate switch
        {
            OnUpdate.Set => $"{column(c.Name)} = {parameter(c.Name)}",
            OnUpdate.Increment => $"{column(c.Name)} = {column(c.Name)} + 1",
            OnUpdate.WhenStatusChanges =>
                $"{column(c.Name)} = CASE WHEN {column("Status")} = {parameter("Status")} THEN {column(c.Name)} ELSE {parameter(c.Name)} END",
            _ => throw new InvalidOperationException($"No update rule for column {c.Name}."),
        }));
}

/// <summary>
/// One column the importer writes: its value from the prepared post and the batch (lists as the
/// items; <paramref name="Json"/> gives them as the JSON text prepared on the parse tasks).
/// </summary>
public sealed record PostColumn(
    string Name,
    PostColumnType Type,
    Func<PreparedPost, long, object?> Value,
    OnUpdate OnUpdate = OnUpdate.Set,
    Func<PreparedPost, string>? Json = null);

/// <summary>The value kinds a store maps to its own types.</summary>
public enum PostColumnType
{
    Text,
    Integer,
    BigInt,
    Boolean,
    Date,
    Timestamp,
    TextList,
    Json,
}

/// <summary>What an update does to a column: set the file's value, keep the stored one, or add one.</summary>
public enum OnUpdate
{
    Set,
    Keep,
    Increment,

    /// <summary>Set the file's value only when the file changes the post's status, else keep the stored one.</summary>
    WhenStatusChanges,
}
