namespace Dashboard.Web.Data.Entities;

/// <summary>
/// A post's near-copy signature (the MinHash of its article's wording), written with the post in
/// the same transaction by the import and by every edit that changes the article. Pending until the
/// clustering has placed the post: a run that was killed leaves it pending, and the next one places it.
/// </summary>
public sealed class PostSignature
{
    public long PostId { get; set; }
    public required byte[] Signature { get; set; }
    public bool Pending { get; set; } = true;

    /// <summary>Counts the writes, so a run marks placed only the signature it read, not one written since.</summary>
    public long Revision { get; set; }
}

/// <summary>
/// The one row every clustering run updates first, in its own transaction: so runs from several
/// instances take turns (the row lock on PostgreSQL, the write lock on SQLite) and each reads what
/// the last one wrote.
/// </summary>
public sealed class NearCopyState
{
    public const int TheRow = 1;

    public int Id { get; set; }
    public long Runs { get; set; }
}
