using System.Text.Json;
using Dashboard.Core.Format;
using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Data.Imports;

/// <summary>
/// A parsed post turned into the row the importer stores, lists already as JSON. Built on the
/// parallel parse tasks, so the single writer only binds values and executes.
/// </summary>
public sealed record PreparedPost(PostRecord Record, string StackJson, string ToolsJson, string ChecklistJson, string EntitiesJson)
{
    /// <summary>
    /// The hash of the file as written before the import's admission changed it (a rejected or
    /// approved post's export), or null when admission left it as it was: a file equal to what is
    /// stored changes nothing, whatever admission would make of it.
    /// </summary>
    public string? FileHash { get; init; }

    public static PreparedPost From(Post post, string document, string hash, DateTime nowUtc)
    {
        var record = PostMapping.ToRecord(post, document, hash, nowUtc);
        return new PreparedPost(
            record,
            JsonSerializer.Serialize(record.Stack),
            JsonSerializer.Serialize(record.Tools),
            JsonSerializer.Serialize(record.Checklist),
            JsonSerializer.Serialize(record.Entities));
    }
}
