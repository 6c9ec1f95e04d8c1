using Dashboard.Web.Features.Imports;
using Dashboard.Web.Tests.TestSupport;

namespace Dashboard.Web.Tests.Imports;

public class ImportFileViewTests
{
    [Fact]
    public void Absolute_path_recorded_by_a_browser_upload_is_never_read_from_disk()
    {
        // A browser (or API) upload names its files as the client says: a crafted name such as
        // "/etc/passwd" must not make the error page show that file.
        using var folder = TempFolder.Create();
        var secret = folder.File("secret.txt");
        File.WriteAllText(secret, "password=hunter2\n");

        var excerpt = ImportFileView.ReadExcerpt(secret, "browser upload", 0);

        Assert.Equal(FileExcerptKind.NotOnDisk, excerpt.Kind);
        Assert.Empty(excerpt.Lines);
    }

    [Fact]
    public void Absolute_path_outside_the_command_line_roots_is_not_read()
    {
        using var imported = TempFolder.Create();
        using var elsewhere = TempFolder.Create();
        var secret = elsewhere.File("secret.txt");
        File.WriteAllText(secret, "password=hunter2\n");

        var excerpt = ImportFileView.ReadExcerpt(secret, imported.Path, 0);

        Assert.NotEqual(FileExcerptKind.Text, excerpt.Kind);
        Assert.Empty(excerpt.Lines);
    }

    [Fact]
    public void Absolute_path_inside_a_command_line_root_is_shown()
    {
        using var folder = TempFolder.Create();
        var file = folder.File("post.txt");
        File.WriteAllText(file, "first line\nsecond line\n");

        var excerpt = ImportFileView.ReadExcerpt(file, folder.Path, 2);

        Assert.Equal(FileExcerptKind.Text, excerpt.Kind);
        Assert.Equal(["first line", "second line"], excerpt.Lines.Select(l => l.Text));
        Assert.True(excerpt.Lines[1].IsErrorLine);
    }

    [Fact]
    public void Relative_path_is_resolved_inside_the_command_line_root()
    {
        using var folder = TempFolder.Create();
        File.WriteAllText(folder.File("post.txt"), "only line\n");

        var excerpt = ImportFileView.ReadExcerpt("post.txt", folder.Path, 1);

        Assert.Equal(FileExcerptKind.Text, excerpt.Kind);
        Assert.Equal("only line", Assert.Single(excerpt.Lines).Text);
    }
}
