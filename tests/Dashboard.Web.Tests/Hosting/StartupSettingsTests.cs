using Dashboard.Web.Tests.TestSupport;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>A wrong setting stops the real program with a line naming the key.</summary>
public class StartupSettingsTests
{
    [Theory]
    [InlineData("Seed__GeneratedPosts", "-5", "Seed:GeneratedPosts")]
    [InlineData("Import__ChunkSize", "0", "Import:ChunkSize")]
    [InlineData("Database__Provider", "Oracle", "Database:Provider")]
    [InlineData("Auth__LockoutMinutes", "0", "Auth:LockoutMinutes")]
    [InlineData("Seed__GeneratedPosts", "many", "Seed:GeneratedPosts")]
    [InlineData("Serilog__MinimumLevel__Default", "Loud", "Serilog:MinimumLevel:Default")]
    [InlineData("Proxy__KnownProxies", "127.0.0.1; proxy.example", "Proxy:KnownProxies")]
    [InlineData("Images__AllowedHosts", "https://images.example.test", "Images:AllowedHosts")]
    [InlineData("Review__ClaimMinutes", "0", "Review:ClaimMinutes")]
    [InlineData("KeyRing__CertificateFile", "no-such-certificate.pfx", "KeyRing:CertificateFile")]
    [InlineData("Serilog__MinimumLevel__Override__Microsoft.AspNetCore", "Quiet", "Serilog:MinimumLevel:Override:Microsoft.AspNetCore")]
    [InlineData("Checks__StaleDays", "0", "Checks:StaleDays")]
    [InlineData("Checks__MaxRepeatedTrigramShare", "1.5", "Checks:MaxRepeatedTrigramShare")]
    [InlineData("Checks__Disabled", "reading-time,no-such-check", "Checks:Disabled")]
    [InlineData("Checks__ImageHosts", "https://images.example.test", "Checks:ImageHosts")]
    [InlineData("Checks__MinWords", "few", "Checks:MinWords")]
    public async Task A_wrong_setting_stops_the_app_naming_the_key(string variable, string value, string key)
    {
        using var folder = TempFolder.Create();
        await using var storage = await TestStorage.CreateAsync(folder.File("dashboard.db"), migrated: false);
        using var app = DashboardProcess.Start(
            storage,
            ["--urls", "http://127.0.0.1:0"],
            new Dictionary<string, string> { [variable] = value });

        var run = app.WaitAsync();
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        Assert.True(finished == run, "the app kept running with a wrong setting");
        var result = await run;

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(key, result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.True(await storage.IsUntouchedAsync(), "nothing should run before the settings are valid");
    }

    [Fact]
    public async Task A_logs_folder_that_cannot_be_written_stops_the_app_naming_the_key()
    {
        using var folder = TempFolder.Create();
        await using var storage = await TestStorage.CreateAsync(folder.File("dashboard.db"), migrated: false);
        // A folder under a plain file cannot be made, whoever runs the test (root included).
        var file = folder.File("not-a-folder");
        await File.WriteAllTextAsync(file, "a file", TestContext.Current.CancellationToken);

        var result = await StopsAsync(storage, new Dictionary<string, string> { ["Logs__Folder"] = Path.Combine(file, "logs") });

        Assert.Contains("Logs:Folder", result.StandardError);
        Assert.True(await storage.IsUntouchedAsync(), "nothing should run before the settings are valid");
    }

    [Fact]
    public async Task Not_migrating_at_start_on_a_new_database_stops_the_app_naming_the_key()
    {
        using var folder = TempFolder.Create();
        await using var storage = await TestStorage.CreateAsync(folder.File("dashboard.db"), migrated: false);

        var result = await StopsAsync(storage, new Dictionary<string, string> { ["Database__MigrateOnStart"] = "false" });

        Assert.Contains("Database:MigrateOnStart", result.StandardError);
        Assert.Contains("migrate", result.StandardError);
        Assert.Equal(0, storage.Scalar(TestStorage.IsPostgres
            ? "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
            : "SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    }

    /// <summary>Runs the program to serve, expects it to stop on its own with one line per error and no stack trace.</summary>
    private static async Task<CliResult> StopsAsync(TestStorage storage, Dictionary<string, string> environment)
    {
        using var app = DashboardProcess.Start(storage, ["--urls", "http://127.0.0.1:0"], environment);
        var run = app.WaitAsync();
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        Assert.True(finished == run, "the app kept running with a wrong setting");
        var result = await run;
        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.DoesNotContain("   at ", result.StandardError);
        return result;
    }

    [Theory]
    [InlineData("Host=;Database=dashboard")]
    [InlineData("Hots=127.0.0.1;Database=dashboard")]
    [InlineData("Host=127.0.0.1;Port=1;Database=dashboard;Username=dashboard;Password=never-printed")]
    public async Task Postgres_with_a_bad_connection_string_stops_the_app_naming_the_connection_string(string connectionString)
    {
        using var folder = TempFolder.Create();
        await using var storage = await TestStorage.CreateAsync(folder.File("dashboard.db"), migrated: false);
        using var app = DashboardProcess.Start(
            storage,
            ["--urls", "http://127.0.0.1:0"],
            new Dictionary<string, string> { ["Database__Provider"] = "Postgres", ["ConnectionStrings__Dashboard"] = connectionString });

        var run = app.WaitAsync();
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        Assert.True(finished == run, "the app kept running with a bad connection string");
        var result = await run;

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("ConnectionStrings:Dashboard", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.DoesNotContain("never-printed", result.StandardError + result.StandardOutput);
    }

    [Fact]
    public async Task A_verb_on_postgres_that_cannot_be_reached_exits_1_naming_the_connection_string()
    {
        await using var storage = await TestStorage.CreateAsync(migrated: false);
        using var migrate = DashboardProcess.Start(
            storage,
            ["migrate"],
            new Dictionary<string, string>
            {
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__Dashboard"] = "Host=127.0.0.1;Port=1;Database=dashboard;Username=dashboard;Password=never-printed",
            });

        var result = await migrate.WaitAsync();

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("ConnectionStrings:Dashboard", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.DoesNotContain("never-printed", result.StandardError + result.StandardOutput);
    }
}
