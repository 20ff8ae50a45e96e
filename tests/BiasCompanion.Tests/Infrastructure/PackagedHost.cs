using System.Diagnostics;
using System.Text.Json;

namespace BiasCompanion.Tests.Infrastructure;

/// <summary>
/// The packaged host: the Release build <c>scripts/run</c> builds and starts (host/bin/Release/net10.0, content root
/// beside the binary), built once per test run with the same command, run as a separate process on a free loopback port
/// with its shipped settings (feed polling and automatic discovery off, so that nothing leaves the machine).
/// </summary>
public sealed class PackagedHost : IAsyncLifetime, ILocalApiTarget
{
    private static readonly Lazy<string> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly TempDataDir _data = new();
    private HostProcess? _process;

    public Uri Address => Process.Address;
    public string PairingCode => Process.Token() ?? throw new InvalidOperationException("the host wrote no pairing code");

    /// <summary>The first extension id of the shipped appsettings.json (the project's own extension).</summary>
    public string OwnExtensionId { get; private set; } = "";

    public HostProcess Process => _process ?? throw new InvalidOperationException("the packaged host is not started");

    /// <summary>host/bin/Release/net10.0/BiasCompanion.Host.dll, built (incrementally) if this test run has not yet.</summary>
    public static string Dll => Built.Value;

    public async Task InitializeAsync()
    {
        var dll = Dll;
        using (var settings = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(dll)!, "appsettings.json"))))
            OwnExtensionId = settings.RootElement.GetProperty("BiasCompanion").GetProperty("Security").GetProperty("ExtensionIds")[0].GetString()!;
        _process = HostProcess.Start(dll, _data.Path);
        await _process.WaitReadyAsync(TimeSpan.FromMinutes(2));
    }

    public async Task DisposeAsync()
    {
        if (_process is not null) await _process.DisposeAsync();
        _data.Dispose();
    }

    private static string Build()
    {
        var project = RepoFile(Path.Combine("host", "BiasCompanion.Host.csproj"))
                      ?? throw new InvalidOperationException("host/BiasCompanion.Host.csproj not found above the test assembly");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "build", project, "-c", "Release", "--nologo", "-v", "quiet", "-clp:ErrorsOnly" }) info.ArgumentList.Add(arg);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var build = System.Diagnostics.Process.Start(info)!;
        var stdout = build.StandardOutput.ReadToEndAsync();
        var stderr = build.StandardError.ReadToEndAsync();
        if (!build.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            build.Kill(entireProcessTree: true);
            throw new TimeoutException("the Release build of the host took over 10 minutes");
        }
        var dll = Path.Combine(Path.GetDirectoryName(project)!, "bin", "Release", "net10.0", "BiasCompanion.Host.dll");
        if (build.ExitCode != 0 || !File.Exists(dll))
            throw new InvalidOperationException($"dotnet build -c Release of the host failed ({build.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        return dll;
    }

    private static string? RepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
