using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Security;

/// <summary>The attacks of <see cref="LocalApiAttacks"/> against the host in-process, on a real Kestrel on a free loopback port.</summary>
public sealed class LocalApiGuardTests(LocalApiGuardTests.Host host) : LocalApiAttacks(host), IClassFixture<LocalApiGuardTests.Host>
{
    public sealed class Host : KestrelHostFactory, ILocalApiTarget
    {
        string ILocalApiTarget.OwnExtensionId => OwnExtensionId;
    }
}
