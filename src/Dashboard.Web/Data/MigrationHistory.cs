using System.Data.Common;

namespace Dashboard.Web.Data;

/// <summary>EF's migration history table, read with plain ADO.NET: both providers name it and its column alike.</summary>
internal static class MigrationHistory
{
    public static async Task<IReadOnlySet<string>> ReadAsync(DbConnection db, CancellationToken cancellationToken)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var read = db.CreateCommand();
        read.CommandText = """SELECT "MigrationId" FROM "__EFMigrationsHistory" """;
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }
}
