namespace Dashboard.Web.Features.Imports;

/// <summary>
/// Where the importer writes, one transaction per chunk: <see cref="SqlitePostStore"/> (prepared
/// statements, row by row) or <see cref="PostgresPostStore"/> (new posts by COPY). The store owns
/// its connection. Within a chunk each source id comes at most once (the importer refuses a
/// second file with the same id), so a store may defer its inserts to <see cref="Commit"/>.
/// </summary>
internal interface IPostStore : IDisposable
{
    /// <summary>
    /// Records a new batch and takes its lease (see <see cref="IRunningImports"/>), held until
    /// <see cref="FinishBatch"/> or <see cref="IDisposable.Dispose"/> and dropped with the process.
    /// </summary>
    long StartBatch(string origin, string importedBy);

    /// <summary>Stores the batch's counts so far in the open chunk's transaction: they commit with the chunk.</summary>
    void SaveCounts(long batchId, ImportCounts counts);

    void FinishBatch(long batchId, ImportCounts counts);

    /// <summary>Starts a chunk's transaction, waiting for any other import's chunk to finish.</summary>
    void Begin();

    /// <summary>Reads ahead what is stored for these source ids, in the open transaction.</summary>
    void Prefetch(IEnumerable<string> sourceIds);

    ImportOutcome Upsert(long batchId, PreparedPost prepared);

    void AddError(long batchId, ImportFileError error);

    void Commit();

    void Rollback();
}
