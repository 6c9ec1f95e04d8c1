namespace Dashboard.Web.Tests.TestSupport;

/// <summary>A folder of its own under the temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private TempFolder(string path) => Path = path;

    public string Path { get; }

    public static TempFolder Create()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dashboard-web-tests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return new TempFolder(path);
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }
}
