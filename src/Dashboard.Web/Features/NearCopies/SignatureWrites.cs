using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.NearCopies;

/// <summary>Signatures written in bulk by the recluster: many rows per statement, one upsert both databases understand.</summary>
internal static class SignatureWrites
{
    // Two parameters a row: far under SQLite's limit, and few round trips to PostgreSQL.
    private const int RowsPerStatement = 500;

    /// <summary>Stores each post's signature as placed (not pending): the caller places them in the same transaction.</summary>
    public static async Task ReplaceAsync(DashboardDbContext db, IReadOnlyList<StoredPost> posts, CancellationToken cancellationToken)
    {
        foreach (var rows in posts.Chunk(RowsPerStatement))
        {
            var values = Enumerable.Range(0, rows.Length).Select(i => $"({{{2 * i}}}, {{{(2 * i) + 1}}}, FALSE, 0)");
            var sql = $"""
                INSERT INTO "PostSignatures" ("PostId", "Signature", "Pending", "Revision") VALUES {string.Join(", ", values)}
                ON CONFLICT ("PostId") DO UPDATE SET "Signature" = excluded."Signature", "Pending" = FALSE, "Revision" = "PostSignatures"."Revision" + 1
                """;
            var parameters = rows.SelectMany(row => new object[] { row.Id, row.Signature.ToBytes() }).ToArray();
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
        }
    }
}
