namespace BiasCompanion.Host.Hosting;

/// <summary>Size limits shared by REST and the hub, derived from the page-size limit.</summary>
public static class RequestLimits
{
    public const int DefaultMaxPageBytes = 5 * 1024 * 1024;

    /// <summary>"BiasCompanion:MaxPageBytes": the largest page HTML accepted for analysis.</summary>
    public static int MaxPageBytes(IConfiguration configuration) =>
        Math.Clamp(configuration.GetValue($"{BiasCompanionOptions.Section}:MaxPageBytes", DefaultMaxPageBytes), 1024, 64 * 1024 * 1024);

    /// <summary>JSON escaping can double HTML (quotes, backslashes), plus room for the other fields.</summary>
    public static long MaxRequestBodyBytes(IConfiguration configuration) => 2L * MaxPageBytes(configuration) + 64 * 1024;
}
