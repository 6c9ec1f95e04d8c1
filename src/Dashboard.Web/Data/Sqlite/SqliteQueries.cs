using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Data.Sqlite;

/// <summary>SQLite's side of <see cref="IProviderQueries"/>: the FTS5 index (<see cref="FullTextSearch"/>) and JSON list columns.</summary>
internal sealed class SqliteQueries : IProviderQueries
{
    public static readonly SqliteQueries Instance = new();

    // SQLITE_CONSTRAINT: a unique index refused the row.
    private const int ConstraintViolation = 19;

    public IQueryable<long>? AllWords(DashboardDbContext db, string? input)
    {
        if (FullTextQuery.From(input) is not { } match)
        {
            return null;
        }

        var inColumns = "{Title Topic Summary} : (" + match + ")";
        return db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM PostSearch WHERE PostSearch MATCH {inColumns}");
    }

    public IQueryable<long>? ValueCandidates(DashboardDbContext db, string column, string value) =>
        FullTextQuery.InColumn(column, value) is { } match
            ? db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM PostSearch WHERE PostSearch MATCH {match}")
            : null;

    public IQueryable<long> AnyWord(DashboardDbContext db, IReadOnlyList<string> words, int limit)
    {
        var match = string.Join(" OR ", words.Select(w => $"\"{w}\""));
        return db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM PostSearch WHERE PostSearch MATCH {match} LIMIT {limit}");
    }

    // The list columns are JSON text.
    public IQueryable<string> DistinctValues(DashboardDbContext db, string column) => column switch
    {
        "Stack" => db.Database.SqlQuery<string>($"SELECT DISTINCT j.value AS Value FROM Posts p, json_each(p.Stack) j ORDER BY 1 LIMIT 500"),
        "Tools" => db.Database.SqlQuery<string>($"SELECT DISTINCT j.value AS Value FROM Posts p, json_each(p.Tools) j ORDER BY 1 LIMIT 500"),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a list column"),
    };

    public bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: ConstraintViolation };
}
