namespace Dashboard.Web.Data.Imports;

/// <summary>
/// Which unfinished batches an import is still working on. Every import holds a lease on its batch
/// from start to finish, a lock that ends with its process (the operating system's file lock on
/// SQLite, a session advisory lock on PostgreSQL); an unfinished batch without one was
/// interrupted: its process was killed, or the import stopped on an error.
/// </summary>
public interface IRunningImports
{
    Task<IReadOnlySet<long>> RunningAsync(IReadOnlyCollection<long> batchIds, CancellationToken cancellationToken = default);
}
