using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Web.Tests.TestSupport;

/// <summary>How a test runs the real app (<see cref="DashboardFactory"/>): what differs between the suites' apps, and nothing else.</summary>
/// <param name="Storage">The database the app opens.</param>
/// <param name="Folder">A folder of the test's own; the app writes its logs below it.</param>
public sealed record TestAppOptions(TestStorage Storage, string Folder)
{
    /// <summary>Development by default, so the demo accounts exist.</summary>
    public string Environment { get; init; } = Environments.Development;

    /// <summary>
    /// How many generated posts the first-run seed adds beside the sample; null (the default)
    /// turns the seed off, for tests that make every post and account themselves.
    /// </summary>
    public int? SeedPosts { get; init; }

    /// <summary>Settings applied last, over the others, as configuration keys.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Replaces or adds services after the app registered its own (a clock, a counting hasher).</summary>
    public Action<IServiceCollection>? Services { get; init; }

    /// <summary>A real socket (Kestrel on a free port) instead of the in-memory server, for a browser.</summary>
    public bool Kestrel { get; init; }

    /// <summary>Where the app writes its log files.</summary>
    public string LogsFolder => Path.Combine(Folder, "logs");
}
