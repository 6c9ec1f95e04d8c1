using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Dashboard.Web.Tests.TestSupport;

namespace Dashboard.Browser.Tests;

/// <summary>
/// The real app as a child process (<c>dotnet Dashboard.Web.dll</c>, the web project's own build),
/// on a port of its own, in Development (so the demo accounts exist) and with the given settings:
/// one of several instances a test runs side by side.
/// </summary>
internal sealed class AppInstance : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _logs;

    private AppInstance(string name, Process process, Uri baseAddress, string logs)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
        _logs = logs;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    /// <summary>Everything the app wrote to its console so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app with <paramref name="settings"/> as environment variables and waits until it is ready.</summary>
    public static async Task<AppInstance> StartAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        var root = Repository.Root;
        var port = FreePort();
        var logs = Path.Combine(Path.GetTempPath(), $"dashboard-browser-{name}-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(AppProgram.DotnetHost())
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AppProgram.WebDll());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(root);
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logs__Folder"] = logs;
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var instance = new AppInstance(name, process, new Uri($"http://127.0.0.1:{port}/"), logs);
        try
        {
            await instance.WaitUntilReadyAsync();
            return instance;
        }
        catch
        {
            BrowserSession.Log($"{name} did not start:\n{instance.Output}");
            await instance.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until the app wrote a line containing <paramref name="text"/>.</summary>
    public async Task WaitForOutputAsync(string text)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            Assert.False(_process.HasExited, $"{Name} exited:\n{Output}");
            Assert.True(DateTime.UtcNow < deadline, $"{Name} never wrote \"{text}\":\n{Output}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode}.");
            }

            try
            {
                using var ready = await http.GetAsync("health/ready", TestContext.Current.CancellationToken);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Name} was not ready within {StartTimeout.TotalSeconds} s.");
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
        if (Directory.Exists(_logs))
        {
            Directory.Delete(_logs, recursive: true);
        }
    }

    // A port the system just handed out and took back: free unless another process grabs it first.
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
