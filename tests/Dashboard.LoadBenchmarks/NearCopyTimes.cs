using System.Diagnostics;
using Dashboard.Core.Clustering;
using Dashboard.Core.Format;
using Dashboard.Web.Data;
using Dashboard.Web.Features.NearCopies;
using Dashboard.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// What near-copy clustering costs at the benchmark's size (issue 14: signatures at most ~12 % of the
/// import, 100,000 posts from scratch in at most 30 s, 10,000 into 100,000 in at most 5 s).
/// </summary>
internal static class NearCopyTimes
{
    // Parsed and signed in memory to time the signature's share; the import does both on the same parallel pass.
    private const int SampledFiles = 20_000;

    public static void Run(BenchDatabase database, string files, int count, double importSeconds)
    {
        // 1. The signature's share of the import: its cost on both cores, as the import's parse pass pays it.
        var texts = Directory.GetFiles(files).Order(StringComparer.Ordinal).Take(SampledFiles).Select(File.ReadAllBytes).ToArray();
        var posts = new Post?[texts.Length];
        var parse = Stopwatch.StartNew();
        Parallel.For(0, texts.Length, i => posts[i] = PostParser.Parse(texts[i]).Post);
        parse.Stop();
        var sign = Stopwatch.StartNew();
        Parallel.For(0, posts.Length, i => _ = posts[i] is { } post ? MinHasher.Default.Compute(post).ToBytes() : null);
        sign.Stop();
        var signSeconds = sign.Elapsed.TotalSeconds * count / texts.Length;
        Console.WriteLine($"near-copy signatures: {sign.Elapsed.TotalMicroseconds / texts.Length:N1} µs a post on both cores (parse: {parse.Elapsed.TotalMicroseconds / texts.Length:N1} µs); " +
            $"for {count:N0} posts {signSeconds:N2} s = {signSeconds / importSeconds:P1} of the import's {importSeconds:N2} s");

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:Dashboard"] = database.ConnectionString;
        builder.Configuration["Database:Provider"] = database.Provider;
        builder.Logging.ClearProviders();
        builder.AddDashboardData();
        using var host = builder.Build();
        var clustering = host.Services.GetRequiredService<NearCopyClustering>();

        // 2. From scratch: every signature again from the stored documents, then the index alone.
        var scratch = clustering.ReclusterAsync().GetAwaiter().GetResult();
        Console.WriteLine($"recluster from scratch: {scratch.Posts:N0} posts in {scratch.Elapsed.TotalSeconds:N2} s " +
            $"(read, parse and sign {scratch.Signing.TotalSeconds:N2} s, cluster {scratch.Clustering.TotalSeconds:N2} s, write the rest); " +
            $"{scratch.Clusters:N0} clusters holding {scratch.InClusters:N0} posts, the largest {scratch.LargestCluster}");

        // 3. Incrementally: the last tenth pending again, as a new import of them leaves them, placed among the rest.
        using (var db = host.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext())
        {
            var from = db.Posts.OrderByDescending(p => p.Id).Skip(count / 10).Select(p => p.Id).First();
            db.PostSignatures.Where(s => s.PostId > from).ExecuteUpdate(s => s.SetProperty(x => x.Pending, true));
        }

        var clock = Stopwatch.StartNew();
        var placed = clustering.PlacePendingAsync().GetAwaiter().GetResult();
        Console.WriteLine($"place {placed.Placed:N0} posts among {count - placed.Placed:N0} (the index kept in memory since the recluster: read the pending signatures, place, write): {clock.Elapsed.TotalSeconds:N2} s; {placed.InClusters:N0} in clusters");
    }
}
