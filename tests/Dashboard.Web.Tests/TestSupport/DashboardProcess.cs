using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Dashboard.Web.Tests.TestSupport;

/// <summary>The real program as a child process: <c>dotnet Dashboard.Web.dll VERB ...</c> against a given database.</summary>
internal sealed class DashboardProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;
    private readonly string _logs;

    private DashboardProcess(Process process, string logs)
    {
        _process = process;
        _logs = logs;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public bool HasExited => _process.HasExited;

    public static DashboardProcess Start(TestStorage storage, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = AppProgram.WebDll();
        var logs = Path.Combine(Path.GetTempPath(), $"dashboard-web-tests-logs-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(AppProgram.DotnetHost())
        {
            // appsettings.json sits beside the dll; the CLI's content root is the working folder.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in storage.Environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["Logs__Folder"] = logs;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return new DashboardProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), logs);
    }

    /// <summary>Runs to the end and returns the exit code and both outputs.</summary>
    public static async Task<CliResult> RunAsync(TestStorage storage, params string[] arguments)
    {
        using var process = Start(storage, arguments);
        return await process.WaitAsync();
    }

    public async Task<CliResult> WaitAsync()
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Xunit.TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(5)); // a guard against a hung child, not a speed check
        await _process.WaitForExitAsync(deadline.Token);
        return new CliResult(_process.ExitCode, await _stdout, await _stderr);
    }

    /// <summary>Kills the program and its children at once, as a crash or <c>kill -9</c> would.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
        if (Directory.Exists(_logs))
        {
            Directory.Delete(_logs, recursive: true);
        }
    }
}

internal sealed record CliResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}
