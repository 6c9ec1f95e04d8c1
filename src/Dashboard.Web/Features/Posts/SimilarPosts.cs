using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Queue;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Posts;

/// <summary>A post close to another, with how close (0 to 1) and what they share.</summary>
public sealed record SimilarPost(string SourceId, string Title, string? Topic, double Similarity, string Shared);

/// <summary>
/// Finds near-duplicates: candidates share the topic or words of the title (full-text index),
/// then each is scored by weighted Jaccard overlap of topic words, stack, entities and wording.
/// </summary>
public sealed class SimilarPosts(IDbContextFactory<DashboardDbContext> contexts)
{
    private const int CandidateLimit = 300;
    private const double Threshold = 0.15;

    public async Task<IReadOnlyList<SimilarPost>> FindAsync(string sourceId, int count = 5, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Entities live in a JSON column: SQLite cannot project inside it (no APPLY), so the
        // "type:name" keys are made in memory.
        var target = (await db.Posts.AsNoTracking().Where(p => p.SourceId == sourceId)
            .Select(p => new FeatureRow(p.Id, p.SourceId, p.Title, p.Topic, p.Summary, p.Stack, p.Entities))
            .SingleOrDefaultAsync(cancellationToken))?.ToFeatures();
        if (target is null)
        {
            return [];
        }

        var titleWords = Words(target.Title).Where(w => w.Length > 3).Take(8).ToList();
        var candidates = db.Posts.AsNoTracking().Where(p => p.Id != target.Id && p.Topic == target.Topic);
        if (titleWords.Count > 0)
        {
            var ids = db.Queries.AnyWord(db, titleWords, CandidateLimit);
            candidates = db.Posts.AsNoTracking().Where(p => p.Id != target.Id && (p.Topic == target.Topic || ids.Contains(p.Id)));
        }

        var pool = (await candidates.Take(CandidateLimit)
            .Select(p => new FeatureRow(p.Id, p.SourceId, p.Title, p.Topic, p.Summary, p.Stack, p.Entities))
            .ToListAsync(cancellationToken)).Select(r => r.ToFeatures()).ToList();

        return [.. pool.Select(c => Score(target, c)).Where(s => s.Similarity >= Threshold).OrderByDescending(s => s.Similarity).ThenBy(s => s.SourceId).Take(count)];
    }

    internal static SimilarPost Score(Features a, Features b)
    {
        var topic = Jaccard(Words(a.Topic), Words(b.Topic));
        var stack = Jaccard(a.Stack, b.Stack);
        var entities = Jaccard(a.Entities, b.Entities);
        var wording = Jaccard(Words(a.Title + " " + a.Summary), Words(b.Title + " " + b.Summary));
        var similarity = (0.3 * topic) + (0.2 * stack) + (0.2 * entities) + (0.3 * wording);
        var shared = new List<string>();
        if (topic >= 0.5)
        {
            shared.Add("topic");
        }

        if (stack >= 0.5)
        {
            shared.Add("stack");
        }

        if (entities >= 0.5)
        {
            shared.Add("entities");
        }

        if (wording >= 0.5)
        {
            shared.Add("wording");
        }

        return new SimilarPost(b.SourceId, b.Title, b.Topic, Math.Round(similarity, 3), string.Join(", ", shared));
    }

    internal static double Jaccard(IEnumerable<string> left, IEnumerable<string> right)
    {
        var a = left.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var b = right.ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (a.Count == 0 && b.Count == 0)
        {
            return 0;
        }

        var union = new HashSet<string>(a, StringComparer.OrdinalIgnoreCase);
        union.UnionWith(b);
        a.IntersectWith(b);
        return (double)a.Count / union.Count;
    }

    // The first 16 words, as the search box reads them, lower-cased.
    internal static IEnumerable<string> Words(string? text) =>
        text is null ? [] : FullTextQuery.Words(text).Take(16).Select(w => w.ToLowerInvariant()).Distinct();

    internal sealed record Features(long Id, string SourceId, string Title, string? Topic, string? Summary, List<string> Stack, List<string> Entities);

    private sealed record FeatureRow(long Id, string SourceId, string Title, string? Topic, string? Summary, List<string> Stack, List<EntityValue> Entities)
    {
        public Features ToFeatures() => new(Id, SourceId, Title, Topic, Summary, Stack, [.. Entities.Select(e => e.Type + ":" + e.Name)]);
    }
}
