namespace BiasCompanion.Host.Security;

/// <summary>Settings under "BiasCompanion:Security".</summary>
public sealed class SecurityOptions
{
    public const string Section = "BiasCompanion:Security";

    /// <summary>The project's own extension ids (fixed by the manifest key), allowed without pairing.</summary>
    public List<string> ExtensionIds { get; set; } = [];
}
