using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Web.Data.Postgres;

/// <summary>PostgreSQL's side of <see cref="IProviderQueries"/>: the generated <c>tsvector</c> (<see cref="PostgresTextSearch"/>) and <c>text[]</c> list columns.</summary>
internal sealed class PostgresQueries : IProviderQueries
{
    public static readonly PostgresQueries Instance = new();

    public IQueryable<long>? AllWords(DashboardDbContext db, string? input)
    {
        var words = Words(input);
        if (words.Count == 0)
        {
            return null;
        }

        var query = string.Join(" & ", words.Select(w => w + ":*"));
        return db.Database.SqlQuery<long>($"""SELECT "Id" AS "Value" FROM "Posts" WHERE "Search" @@ to_tsquery({PostgresTextSearch.Configuration}::regconfig, {query})""");
    }

    // The array column is compared directly; no index narrows it first.
    public IQueryable<long>? ValueCandidates(DashboardDbContext db, string column, string value) => null;

    public IQueryable<long> AnyWord(DashboardDbContext db, IReadOnlyList<string> words, int limit)
    {
        var query = string.Join(" | ", words.SelectMany(w => Words(w)));
        return db.Database.SqlQuery<long>($"""SELECT "Id" AS "Value" FROM "Posts" WHERE "Search" @@ to_tsquery({PostgresTextSearch.Configuration}::regconfig, {query}) LIMIT {limit}""");
    }

    public IQueryable<string> DistinctValues(DashboardDbContext db, string column) => column switch
    {
        "Stack" => db.Database.SqlQuery<string>($"SELECT DISTINCT v AS \"Value\" FROM \"Posts\", unnest(\"Stack\") AS v ORDER BY 1 LIMIT 500"),
        "Tools" => db.Database.SqlQuery<string>($"SELECT DISTINCT v AS \"Value\" FROM \"Posts\", unnest(\"Tools\") AS v ORDER BY 1 LIMIT 500"),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a list column"),
    };

    public bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    // Runs of letters and digits only: nothing a reviewer types reaches tsquery's operators.
    private static List<string> Words(string? input) =>
        string.IsNullOrWhiteSpace(input) ? [] : [.. FullTextQuery.Words(input).Take(16).Select(w => w.ToLowerInvariant())];
}
