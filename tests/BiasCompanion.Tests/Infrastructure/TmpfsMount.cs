using System.Diagnostics;

namespace BiasCompanion.Tests.Infrastructure;

/// <summary>
/// A small tmpfs mounted on a fresh temp folder (needs root and a machine that allows mounts): a data folder whose disk
/// fills up, or that is remounted read-only. <see cref="TryCreate"/> says why when it cannot mount.
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path) => Path = path;

    public string Path { get; }

    public static TmpfsMount? TryCreate(int megabytes, out string? whyNot)
    {
        whyNot = null;
        if (!OperatingSystem.IsLinux())
        {
            whyNot = "tmpfs mounts need Linux";
            return null;
        }
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "biascompanion-tests", "mnt-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        var (code, error) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0700", "tmpfs", path);
        if (code == 0) return new TmpfsMount(path);
        Directory.Delete(path);
        whyNot = $"this machine does not allow mounting a tmpfs (mount exited with {code}: {error.Trim()}); run as root where mounts are allowed";
        return null;
    }

    /// <summary>Linux refuses this (EBUSY) while any process has a file in it open for writing.</summary>
    public void RemountReadOnly() => Check(Run("mount", "-o", "remount,ro", Path), "remount read-only");

    public void RemountReadWrite() => Check(Run("mount", "-o", "remount,rw", Path), "remount read-write");

    /// <summary>Writes zeros into a file until the disk is full; returns the file.</summary>
    public string Fill()
    {
        var filler = System.IO.Path.Combine(Path, "filler.bin");
        var chunk = new byte[16 * 1024];
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        try
        {
            while (true) stream.Write(chunk);
        }
        catch (IOException)
        {
            // Full: the last chunk did not fit. Top up with single bytes so that not even a page is left.
        }
        try
        {
            while (true) stream.Write(chunk, 0, 512);
        }
        catch (IOException) { }
        return filler;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Run("mount", "-o", "remount,rw", Path);
        Run("umount", Path);
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void Check((int Code, string Error) result, string what)
    {
        if (result.Code != 0) throw new InvalidOperationException($"could not {what}: {result.Error.Trim()}");
    }

    private static (int Code, string Error) Run(string command, params string[] args)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
