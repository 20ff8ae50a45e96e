namespace BiasCompanion.Host.Cli;

/// <summary>
/// The host binary doubles as the project's command-line tool (eval, import, ...). A first argument naming a
/// command runs it instead of the web host.
/// </summary>
public static class CliRouter
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Commands = new(StringComparer.Ordinal)
    {
        ["eval"] = EvalCommand.RunAsync,
        ["import"] = ImportCommand.RunAsync,
        ["outlets"] = Outlets.OutletsCommand.RunAsync,
        ["bench"] = BenchCommand.RunAsync,
    };

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.ContainsKey(args[0]);

    public static Task<int> RunAsync(string[] args) => Commands[args[0]](args[1..]);
}
