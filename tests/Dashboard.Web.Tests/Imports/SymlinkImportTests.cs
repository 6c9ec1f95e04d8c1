using Dashboard.Web.Features.Imports;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Imports;

/// <summary>A symbolic link in an imported folder is refused by name, never followed, and never shown.</summary>
public class SymlinkImportTests
{
    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Links_to_a_file_elsewhere_and_to_the_parent_folder_are_refused_by_name_and_not_followed()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var root = TempFolder.Create();
        var batch = Directory.CreateDirectory(root.File("batch")).FullName;
        var generated = TestFiles.Generate(0, 2);
        File.WriteAllBytes(Path.Combine(batch, "good.txt"), generated[0].Content);
        // Beside the imported folder: reachable only through the link to "..".
        File.WriteAllBytes(root.File("outside.txt"), generated[1].Content);
        var secret = root.File("secret");
        File.WriteAllText(secret, "password=hunter2\n");
        File.CreateSymbolicLink(Path.Combine(batch, "passwd.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(batch, "up"), "..");

        var summary = await db.ImportAsync(ImportFiles.Expand([batch]).Select(p => ImportFile.FromPath(p)), origin: batch);

        Assert.Equal((1, 2), (summary.Imported, summary.Failed));
        Assert.Equal([Path.Combine(batch, "passwd.txt"), Path.Combine(batch, "up")], summary.Errors.Select(e => e.File));
        Assert.All(summary.Errors, e => Assert.Contains("symbolic link", e.Message, StringComparison.Ordinal));
        await using var context = db.CreateContext();
        Assert.Equal([generated[0].Post.SourceId], await context.Posts.Select(p => p.SourceId).ToListAsync(Cancel));
    }

    [Fact]
    public async Task The_error_page_does_not_show_what_a_link_points_to()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var batch = TempFolder.Create();
        using var elsewhere = TempFolder.Create();
        var secret = elsewhere.File("secret");
        File.WriteAllText(secret, "password=hunter2\n");
        File.CreateSymbolicLink(batch.File("passwd.txt"), secret);
        var summary = await db.ImportAsync(ImportFiles.Expand([batch.Path]).Select(p => ImportFile.FromPath(p)), origin: batch.Path);
        long errorId;
        await using (var context = db.CreateContext())
        {
            errorId = await context.ImportErrors.Where(e => e.ImportBatchId == summary.BatchId).Select(e => e.Id).SingleAsync(Cancel);
        }

        var view = await db.Get<ImportFileView>().GetAsync(summary.BatchId, errorId, Cancel);

        Assert.NotNull(view);
        Assert.Equal(FileExcerptKind.Link, view.File.Kind);
        Assert.Empty(view.File.Lines);
        Assert.DoesNotContain("hunter2", view.File.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_page_does_not_read_a_file_through_a_linked_folder()
    {
        using var batch = TempFolder.Create();
        using var elsewhere = TempFolder.Create();
        File.WriteAllText(elsewhere.File("secret.txt"), "password=hunter2\n");
        Directory.CreateSymbolicLink(batch.File("linked"), elsewhere.Path);

        var excerpt = ImportFileView.ReadExcerpt(Path.Combine(batch.Path, "linked", "secret.txt"), batch.Path, 1);

        Assert.Equal(FileExcerptKind.Link, excerpt.Kind);
        Assert.Empty(excerpt.Lines);
    }
}
