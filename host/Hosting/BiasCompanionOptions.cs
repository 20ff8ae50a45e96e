namespace BiasCompanion.Host.Hosting;

/// <summary>Settings under the "BiasCompanion" configuration section.</summary>
public sealed class BiasCompanionOptions
{
    public const string Section = "BiasCompanion";
    public const int DefaultPort = 5780;

    /// <summary>Folder holding the SQLite file and the pairing token. Empty means the user's app-data folder.</summary>
    public string DataDir { get; set; } = "";

    public int Port { get; set; } = DefaultPort;

    public string ResolveDataDir() =>
        string.IsNullOrWhiteSpace(DataDir) ? DefaultDataDir() : Path.GetFullPath(DataDir);

    public static string DefaultDataDir() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData,
            Environment.SpecialFolderOption.Create), "BiasCompanion");
}
