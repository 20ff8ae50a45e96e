using System.Diagnostics;

namespace BiasCompanion.Host.Cli;

/// <summary>A one-line progress bar on stderr (redrawn in place on a terminal, every 10% otherwise).</summary>
public sealed class ProgressBar(long total, string unit)
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _lastTenth = -1;

    public void Show(long done)
    {
        var fraction = total <= 0 ? 0 : Math.Clamp((double)done / total, 0, 1);
        var rate = done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var line = $"[{new string('#', (int)(fraction * Width)).PadRight(Width, '.')}] {done}/{total} {unit} {fraction:P0} ({rate:F0}/s)";
        if (!Console.IsErrorRedirected) Console.Error.Write("\r" + line);
        else if ((int)(fraction * 10) is var tenth && tenth != _lastTenth)
        {
            _lastTenth = tenth;
            Console.Error.WriteLine(line);
        }
    }

    public void Done()
    {
        if (!Console.IsErrorRedirected) Console.Error.WriteLine();
    }
}
