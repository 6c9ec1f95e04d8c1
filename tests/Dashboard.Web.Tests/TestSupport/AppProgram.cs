using System.Reflection;
using System.Runtime.InteropServices;

namespace Dashboard.Web.Tests.TestSupport;

/// <summary>
/// How a test starts the real program as a child process: the <c>dotnet</c> host and the program's
/// dll. The browser tests compile this file too (linked), so both suites start it the same way.
/// </summary>
internal static class AppProgram
{
    /// <summary>
    /// The program beside the test assembly (the project reference copies it with its
    /// runtimeconfig), else the web project's own build output.
    /// </summary>
    public static string WebDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "Dashboard.Web.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "Dashboard.Web.runtimeconfig.json")))
        {
            return beside;
        }

        var configuration = typeof(AppProgram).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var built = Path.Combine(Repository.Root, "src", "Dashboard.Web", "bin", configuration, "net10.0", "Dashboard.Web.dll");
        Assert.True(File.Exists(built), $"Dashboard.Web.dll was found neither beside the tests nor at {built}");
        return built;
    }

    /// <summary>The test runs as its own apphost, so the muxer is found from the runtime it runs on.</summary>
    public static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var fromRuntime = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", name));
        return File.Exists(fromRuntime) ? fromRuntime : name;
    }
}
