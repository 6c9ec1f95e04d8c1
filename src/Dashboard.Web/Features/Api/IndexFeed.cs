using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// One line of the index feed. <c>ETag</c> names the state the indexer takes; acknowledging with
/// it marks that state indexed, or is refused when the post has changed since.
/// </summary>
public sealed record IndexFeedItem(string SourceId, string Title, string Version, DateOnly? LastReviewed, string Document, [property: JsonPropertyName("etag")] string ETag);

/// <summary>
/// A page of the index feed, written as NDJSON while it is read from the database: one post in
/// memory at a time, however large the page. Only approved posts are selected.
/// </summary>
internal sealed class IndexFeed(IDbContextFactory<DashboardDbContext> contexts, string? after, int limit) : IResult
{
    public const string ContentType = "application/x-ndjson";

    // Flush every few posts so the indexer starts working before the page is complete.
    private const int FlushEvery = 32;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var cancellationToken = httpContext.RequestAborted;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lotOptions = httpContext.RequestServices.GetRequiredService<IOptions<Lots.LotOptions>>().Value;
        var query = Lots.LotFeed.Limit(db, db.Posts.AsNoTracking().Where(p => p.Status == ReviewStatus.Approved), lotOptions);
        if (after is not null)
        {
            query = query.Where(p => string.Compare(p.SourceId, after) > 0);
        }

        var items = query.OrderBy(p => p.SourceId).Take(limit)
            .Select(p => new { p.SourceId, p.Title, p.Version, p.LastReviewed, p.Document, p.RowVersion })
            .AsAsyncEnumerable();

        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        httpContext.Response.ContentType = ContentType;
        var pipe = httpContext.Response.BodyWriter;
        await using var writer = new Utf8JsonWriter(pipe, new JsonWriterOptions { Encoder = options.Encoder });
        var written = 0;
        await foreach (var p in items.WithCancellation(cancellationToken))
        {
            var item = new IndexFeedItem(p.SourceId, p.Title, p.Version, p.LastReviewed, p.Document, PostETag.For(p.RowVersion));
            JsonSerializer.Serialize(writer, item, options);
            writer.Flush();
            writer.Reset();
            pipe.Write("\n"u8);
            if (++written % FlushEvery == 0)
            {
                await pipe.FlushAsync(cancellationToken);
            }
        }

        await pipe.FlushAsync(cancellationToken);
    }
}
