namespace BiasCompanion.Host.Hosting;

/// <summary>Settings under the "BiasCompanion" configuration section.</summary>
public sealed class BiasCompanionOptions
{
    public const string Section = "BiasCompanion";
    public const int DefaultPort = 5780;

    /// <summary>Folder holding the SQLite file and the pairing token. Empty means the user's app-data folder.</summary>
    public string DataDir { get; set; } = "";

    public int Port { get; set; } = DefaultPort;

    /// <summary>The address Kestrel binds. Anything but a loopback address also needs <see cref="AllowNonLoopback"/>.</summary>
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>Explicit consent to expose the API beyond this machine (it still requires the pairing token).</summary>
    public bool AllowNonLoopback { get; set; }

    public string ResolveDataDir() =>
        string.IsNullOrWhiteSpace(DataDir) ? DefaultDataDir() : Path.GetFullPath(DataDir);

    public static string DefaultDataDir() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData,
            Environment.SpecialFolderOption.Create), "BiasCompanion");
}
