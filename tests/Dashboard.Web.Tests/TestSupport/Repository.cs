namespace Dashboard.Web.Tests.TestSupport;

/// <summary>The repository the tests run in: its root holds Dashboard.sln, appsettings.json, wwwroot and README.md.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dashboard.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Dashboard.sln.");
    });

    public static string Root => RootFolder.Value;
}
