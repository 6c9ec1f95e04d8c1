namespace Dashboard.Web.Features.Imports;

/// <summary>
/// Where the importer writes, one transaction per chunk: <see cref="SqlitePostStore"/> (prepared
/// statements, row by row) or <see cref="PostgresPostStore"/> (new posts by COPY). The store owns
/// its connection. Within a chunk each source id comes at most once (the importer refuses a
/// second file with the same id), so a store may defer its inserts to <see cref="Commit"/>.
/// </summary>
internal interface IPostStore : IDisposable
{
    long StartBatch(string origin, string importedBy);

    void FinishBatch(long batchId, int imported, int updated, int unchanged, int conflicts, int failed);

    /// <summary>Starts a chunk's transaction, waiting for any other import's chunk to finish.</summary>
    void Begin();

    /// <summary>Reads ahead what is stored for these source ids, in the open transaction.</summary>
    void Prefetch(IEnumerable<string> sourceIds);

    ImportOutcome Upsert(long batchId, PreparedPost prepared);

    void AddError(long batchId, ImportFileError error);

    void Commit();

    void Rollback();
}
