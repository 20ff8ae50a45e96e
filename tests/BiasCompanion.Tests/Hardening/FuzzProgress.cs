namespace BiasCompanion.Tests.Hardening;

/// <summary>
/// Progress lines of a long run, shown while it runs: xunit prints a test's output only when it ends, so the lines go to
/// stderr (shown live by <c>dotnet test --logger "console;verbosity=detailed"</c>) and to a file that
/// <c>scripts/test --long</c> follows (its path in <see cref="PathVariable"/>, else a fixed name in the temp folder).
/// </summary>
public sealed class FuzzProgress : IDisposable
{
    public const string PathVariable = "BIASCOMPANION_TEST_PROGRESS";
    private readonly StreamWriter _file;

    public FuzzProgress()
    {
        FilePath = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path
            ? path
            : Path.Combine(Path.GetTempPath(), "biascompanion-fuzz-progress.log");
        _file = new StreamWriter(new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
    }

    public string FilePath { get; }

    public void Line(string text)
    {
        var line = $"[{DateTime.UtcNow:HH:mm:ss}] {text}";
        lock (_file)
        {
            Console.Error.WriteLine(line);
            _file.WriteLine(line);
        }
    }

    public void Dispose() => _file.Dispose();
}
