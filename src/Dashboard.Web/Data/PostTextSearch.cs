using Dashboard.Web.Features.Queue;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Data;

/// <summary>
/// The full-text lookups, in each provider's own index: FTS5 on SQLite
/// (<see cref="Sqlite.FullTextSearch"/>), a generated <c>tsvector</c> on PostgreSQL
/// (<see cref="Postgres.PostgresTextSearch"/>). Each returns post ids to compose into a LINQ query.
/// </summary>
internal static class PostTextSearch
{
    /// <summary>Posts whose title, topic or summary hold every word, each as a word prefix.</summary>
    public static IQueryable<long>? AllWords(DashboardDbContext db, string? input)
    {
        if (db.Database.IsNpgsql())
        {
            var words = Words(input);
            if (words.Count == 0)
            {
                return null;
            }

            var query = string.Join(" & ", words.Select(w => w + ":*"));
            return db.Database.SqlQuery<long>($"""SELECT "Id" AS "Value" FROM "Posts" WHERE "Search" @@ to_tsquery({Postgres.PostgresTextSearch.Configuration}::regconfig, {query})""");
        }

        if (FullTextQuery.From(input) is not { } match)
        {
            return null;
        }

        var inColumns = "{Title Topic Summary} : (" + match + ")";
        return db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM PostSearch WHERE PostSearch MATCH {inColumns}");
    }

    /// <summary>
    /// Candidates for an exact stack or tool value, or null when the index cannot narrow them
    /// (PostgreSQL compares the array column directly). The caller still checks the exact value.
    /// </summary>
    public static IQueryable<long>? ValueCandidates(DashboardDbContext db, string column, string value) =>
        db.Database.IsNpgsql() || FullTextQuery.InColumn(column, value) is not { } match
            ? null
            : db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM PostSearch WHERE PostSearch MATCH {match}");

    /// <summary>Up to <paramref name="limit"/> posts holding any of the words (whole words).</summary>
    public static IQueryable<long> AnyWord(DashboardDbContext db, IReadOnlyList<string> words, int limit)
    {
        if (db.Database.IsNpgsql())
        {
            var query = string.Join(" | ", words.SelectMany(w => Words(w)));
            return db.Database.SqlQuery<long>($"""SELECT "Id" AS "Value" FROM "Posts" WHERE "Search" @@ to_tsquery({Postgres.PostgresTextSearch.Configuration}::regconfig, {query}) LIMIT {limit}""");
        }

        var match = string.Join(" OR ", words.Select(w => $"\"{w}\""));
        return db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM PostSearch WHERE PostSearch MATCH {match} LIMIT {limit}");
    }

    // Runs of letters and digits only: nothing a reviewer types reaches tsquery's operators.
    private static List<string> Words(string? input) =>
        string.IsNullOrWhiteSpace(input) ? [] : [.. FullTextQuery.Words(input).Take(16).Select(w => w.ToLowerInvariant())];
}
