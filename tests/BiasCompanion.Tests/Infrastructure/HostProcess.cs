using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace BiasCompanion.Tests.Infrastructure;

/// <summary>
/// The built host binary run as a separate process on a free loopback port (real Kestrel, real SQLite file), as
/// <c>scripts/run</c> starts it. Feed polling and automatic discovery are off so nothing leaves the machine, and the
/// extraction warm-up is off unless the caller's environment turns it back on.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private const int LogLines = 200;
    private readonly Process _process;
    private readonly Queue<string> _log = new();

    public int Port { get; }
    public string DataDir { get; }
    public Uri Address => new($"http://127.0.0.1:{Port}/");
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;

    private HostProcess(Process process, int port, string dataDir)
    {
        _process = process;
        Port = port;
        DataDir = dataDir;
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The host built in the test run's own configuration, else the other one.</summary>
    public static string? FindBuiltHostDll() =>
#if DEBUG
        FindHostDll("Debug", "Release");
#else
        FindHostDll("Release", "Debug");
#endif

    /// <summary>host/bin/&lt;configuration&gt;/net10.0/BiasCompanion.Host.dll, found by walking up from this assembly.</summary>
    public static string? FindHostDll(params string[] configurations)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var configuration in configurations)
            {
                var dll = Path.Combine(dir.FullName, "host", "bin", configuration, "net10.0", "BiasCompanion.Host.dll");
                if (File.Exists(dll)) return dll;
            }
        }
        return null;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static HostProcess Start(string hostDll, string dataDir, IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(hostDll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.ArgumentList.Add("--port");
        info.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add("--data-dir");
        info.ArgumentList.Add(dataDir);
        info.Environment["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(Path.GetFullPath(hostDll))!;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["BiasCompanion__Ingestion__Enabled"] = "false";
        info.Environment["BiasCompanion__Discovery__AutoTriggerBelowOutlets"] = "0";
        // The start-up warm-up costs seconds of CPU; the tests that restart the host many times don't need it.
        info.Environment["BiasCompanion__Extraction__WarmUpRounds"] = "0";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        return new HostProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"), port, dataDir);
    }

    /// <summary>The pairing code the host wrote into its data folder (null until it has).</summary>
    public string? Token()
    {
        var file = Path.Combine(DataDir, "pairing-token");
        try
        {
            return File.Exists(file) ? File.ReadAllText(file).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public HttpClient Client(TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        if (Token() is { } token) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Waits until /api/health answers 200 with the pairing token; throws with the host's log when it cannot.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the host exited with {_process.ExitCode}:\n{Log()}");
            if (Token() is not null)
            {
                try
                {
                    using var client = Client(TimeSpan.FromSeconds(5));
                    using var response = await client.GetAsync("api/health");
                    if (response.StatusCode == HttpStatusCode.OK) return;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"the host did not answer within {timeout.TotalSeconds:F0} s:\n{Log()}");
    }

    /// <summary>Resident set size in MB (Linux /proc), with the peak ("high water mark").</summary>
    public (double RssMb, double PeakMb) Memory()
    {
        double rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kilobytes(line) / 1024.0;
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kilobytes(line) / 1024.0;
        }
        return (rss, peak);
    }

    private static double Kilobytes(string line) =>
        double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    /// <summary>SIGKILL: no shutdown code runs, as in a power cut or an OOM kill.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public string Log()
    {
        lock (_log) return string.Join('\n', _log);
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (_log)
        {
            _log.Enqueue(line);
            while (_log.Count > LogLines) _log.Dequeue();
        }
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
