using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Security;

/// <summary>
/// The attacks of <see cref="LocalApiAttacks"/> against the packaged host — the Release binary <c>scripts/run</c> starts, as
/// a separate process with its shipped settings — over real sockets.
/// </summary>
public sealed class PackagedHostSecurityTests(PackagedHost host) : LocalApiAttacks(host), IClassFixture<PackagedHost>;
