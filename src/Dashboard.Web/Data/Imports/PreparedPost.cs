using System.Text.Json;
using Dashboard.Core.Clustering;
using Dashboard.Core.Format;
using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Data.Imports;

/// <summary>
/// A parsed post turned into the row the importer stores, lists already as JSON. Built on the
/// parallel parse tasks, so the single writer only binds values and executes; so is the article's
/// near-copy signature, which the store writes beside the post in the same transaction.
/// </summary>
public sealed record PreparedPost(PostRecord Record, string StackJson, string ToolsJson, string ChecklistJson, string EntitiesJson, byte[] Signature)
{
    public static PreparedPost From(Post post, string document, string hash, DateTime nowUtc)
    {
        var record = PostMapping.ToRecord(post, document, hash, nowUtc);
        return new PreparedPost(
            record,
            JsonSerializer.Serialize(record.Stack),
            JsonSerializer.Serialize(record.Tools),
            JsonSerializer.Serialize(record.Checklist),
            JsonSerializer.Serialize(record.Entities),
            MinHasher.Default.Compute(post).ToBytes());
    }
}
