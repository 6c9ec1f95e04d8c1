using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Imports;

public class ConcurrentImportTests
{
    [Fact]
    public async Task Two_imports_at_once_with_overlapping_files_both_finish_without_duplicates()
    {
        // Small chunks, so the two importers take turns on the write lock many times.
        await using var db = await TestDatabase.CreateAsync(new Dictionary<string, string?> { ["Import:ChunkSize"] = "100" });
        var files = TestFiles.Generate(0, 1500);
        var left = files[..1000].Select(f => f.ToImport()).ToList();
        var right = files[500..].Select(f => f.ToImport()).ToList();

        var imports = await Task.WhenAll(
            Task.Run(() => db.ImportAsync(left, "left"), Xunit.TestContext.Current.CancellationToken),
            Task.Run(() => db.ImportAsync(right, "right"), Xunit.TestContext.Current.CancellationToken));

        Assert.All(imports, s => Assert.Equal((1000, 0, 0, 0), (s.Imported + s.Unchanged, s.Updated, s.Conflicts, s.Failed)));
        Assert.Equal(1500, imports.Sum(s => s.Imported));
        Assert.Equal(500, imports.Sum(s => s.Unchanged));
        await using var context = db.CreateContext();
        Assert.Equal(1500, await context.Posts.CountAsync(Xunit.TestContext.Current.CancellationToken));
        Assert.Equal(1500, await context.Posts.Select(p => p.SourceId).Distinct().CountAsync(Xunit.TestContext.Current.CancellationToken));
        Assert.Equal(2, await context.ImportBatches.CountAsync(b => b.FinishedAtUtc != null, Xunit.TestContext.Current.CancellationToken));
    }
}
