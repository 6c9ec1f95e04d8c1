using System.Text;
using Dashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Exports;

/// <summary>Writes posts one file each, <c>&lt;source id&gt;.txt</c>, in the format's canonical form.</summary>
public sealed class PostExporter(IDbContextFactory<DashboardDbContext> contexts)
{
    private static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<int> ExportAsync(string folder, string? status, bool needsReviewOnly, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Posts.AsNoTracking();
        if (!string.IsNullOrEmpty(status))
        {
            query = query.Where(p => p.Status == status);
        }

        if (needsReviewOnly)
        {
            query = query.Where(p => p.NeedsHumanReview);
        }

        var written = 0;
        await foreach (var post in query.OrderBy(p => p.Id).Select(p => new { p.SourceId, p.Document }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await File.WriteAllTextAsync(Path.Combine(folder, FileNameFor(post.SourceId)), post.Document, NoBom, cancellationToken);
            written++;
        }

        return written;
    }

    /// <summary>
    /// The source id as a file name. Characters that could leave the folder or that file systems
    /// refuse become <c>_</c>; a source id is a short slug in practice, so this rarely changes it.
    /// </summary>
    public static string FileNameFor(string sourceId)
    {
        var name = new StringBuilder(sourceId.Length + 4);
        foreach (var c in sourceId)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        if (name.Length == 0 || name[0] == '.')
        {
            name.Insert(0, '_');
        }

        return name.Append(".txt").ToString();
    }
}
