using System.Diagnostics;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Api;

/// <summary>
/// A client generated from the running app's document works: Kiota (the local dotnet tool)
/// generates C# from <c>/openapi/v1.json</c> on a real socket, <c>tests/Dashboard.ApiClient</c> is
/// built around it, and drives the review path (see its Program.cs) with an editor's, a lead's and
/// the indexer's tokens. The post must end indexed in the database.
/// </summary>
public sealed class GeneratedClientTests : IAsyncLifetime
{
    private static readonly TimeSpan StepLimit = TimeSpan.FromMinutes(10);

    private readonly TempFolder _folder = TempFolder.Create();
    private DashboardFactory? _factory;
    private TestStorage? _storage;

    public async ValueTask InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync(_folder.File("dashboard.db"));
        _factory = new DashboardFactory(new TestAppOptions(_storage, _folder.Path) { SeedPosts = 5, Kestrel = true });
        _factory.StartServer();
    }

    [Fact]
    public async Task A_kiota_client_of_the_document_takes_a_post_from_draft_to_indexed()
    {
        var ct = TestContext.Current.CancellationToken;
        var services = _factory!.Services;
        var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal));
        var baseUrl = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        var sourceId = ApiApp.NewSourceId();
        var imported = await services.GetRequiredService<PostImporter>().ImportAsync(
            [TestFiles.FromText($"{sourceId}.txt", ApiApp.PostText(sourceId))], "client tests", "tests", cancellationToken: ct);
        Assert.Equal(1, imported.Imported);
        var tokens = services.GetRequiredService<TokenService>();
        async Task<string> TokenAsync(string role) =>
            (await tokens.CreateAsync($"client-tests-{role}-{Guid.NewGuid():N}", role, AccountService.CommandLine, ct)).Token!;

        var client = _folder.File("client");
        await RunAsync("dotnet", ["kiota", "generate", "-l", "CSharp", "-d", $"{baseUrl}/openapi/v1.json", "-o", client,
            "-n", "Alphanode.Client", "-c", "DashboardClient", "--exclude-backward-compatible", "--clean-output"], ct);
        var artifacts = _folder.File("artifacts");
        await RunAsync("dotnet", ["build", Path.Combine(Repository.Root, "tests", "Dashboard.ApiClient"), $"-p:GeneratedClient={client}",
            "--artifacts-path", artifacts, "-nologo", "-clp:ErrorsOnly"], ct);

        var driver = Directory.GetFiles(Path.Combine(artifacts, "bin"), "Dashboard.ApiClient.dll", SearchOption.AllDirectories).Single();
        var output = await RunAsync("dotnet", [driver, baseUrl, await TokenAsync(Roles.Editor), await TokenAsync(Roles.Lead), await TokenAsync(Roles.Lead), sourceId], ct);

        Assert.EndsWith($"indexed {sourceId}", output.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("stale ETag refused: 412", output, StringComparison.Ordinal);
        await using var db = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Data.DashboardDbContext>>().CreateDbContext();
        Assert.Equal(ReviewStatus.Indexed, db.Posts.Where(p => p.SourceId == sourceId).Select(p => p.Status).Single());
    }

    // Runs a program from the repository root (where the tool manifest is); its output, or the test fails with it.
    private static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(StepLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments.Take(2))} exited with {process.ExitCode}:\n{output}");
        return output;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }

        _folder.Dispose();
    }
}
