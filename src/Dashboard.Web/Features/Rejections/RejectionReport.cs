using System.Text;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Rejections;

/// <summary>One rejected post of a batch, for the team that runs the generator.</summary>
public sealed record RejectionRow(string SourceId, string Reason, string? Note, string? DuplicateOf, string? RejectedBy, DateTime? RejectedAtUtc);

/// <summary>
/// The rejection report of an import batch: the posts whose current content that batch brought
/// and that a lead has since rejected, with reason, note, duplicate of, who and when. As JSON
/// (the rows) or CSV.
/// </summary>
public sealed class RejectionReport(IDbContextFactory<DashboardDbContext> contexts)
{
    /// <summary>The rows, by source id, or null when there is no such batch.</summary>
    public async Task<IReadOnlyList<RejectionRow>?> ForBatchAsync(long batchId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.ImportBatches.AnyAsync(b => b.Id == batchId, cancellationToken))
        {
            return null;
        }

        var rows = await db.Posts.AsNoTracking()
            .Where(p => p.Status == ReviewStatus.Rejected && p.LastImportBatchId == batchId)
            .Select(p => new RejectionRow(p.SourceId, p.RejectionReason ?? "", p.RejectionNote, p.DuplicateOf, p.RejectedBy, p.RejectedAtUtc))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.SourceId, StringComparer.Ordinal)];
    }

    /// <summary>The rows as CSV (RFC 4180), with a header line.</summary>
    public static string ToCsv(IEnumerable<RejectionRow> rows)
    {
        var csv = new StringBuilder("source id,reason,note,duplicate of,rejected by,rejected at\r\n");
        foreach (var row in rows)
        {
            csv.AppendJoin(',', new[] { row.SourceId, row.Reason, row.Note, row.DuplicateOf, row.RejectedBy, row.RejectedAtUtc?.ToString("yyyy-MM-ddTHH:mm:ssZ") }.Select(Cell)).Append("\r\n");
        }

        return csv.ToString();
    }

    // A note is a person's free text: quoted when it needs to be, and kept from being read as a
    // spreadsheet formula (a leading = + - @ gets an apostrophe).
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
