using BenchmarkDotNet.Attributes;
using BiasCompanion.Host.Outlets;

namespace BiasCompanion.Benchmarks;

/// <summary>
/// One <see cref="IOutletRegistry.Resolve"/> call after start-up, for the url shapes the sidebar meets. Known outlets
/// should cost well under a microsecond and allocate nothing; unknown sites allocate only their registrable domain.
/// </summary>
[MemoryDiagnoser]
public class OutletResolutionBenchmarks
{
    private OutletRegistry _registry = null!;

    [GlobalSetup]
    public void Setup() => _registry = new OutletRegistry(ShippedOutletFile.LoadEmbedded(), PublicSuffixes.LoadEmbedded());

    [Benchmark(Baseline = true)]
    public Outlet? KnownOutlet_www() => _registry.Resolve("https://www.bbc.co.uk/news/world-europe-68123456").Outlet;

    [Benchmark]
    public Outlet? KnownOutlet_aliasSubdomain() => _registry.Resolve("https://edition.cnn.com/2025/01/01/politics/some-long-story-slug/index.html").Outlet;

    [Benchmark]
    public Outlet? KnownOutlet_pathScoped() => _registry.Resolve("https://www.wsj.com/opinion/some-column-title-2025-01-01?mod=opinion_lead").Outlet;

    [Benchmark]
    public Outlet? KnownOutlet_deepSubdomain() => _registry.Resolve("https://a.b.c.news.sky.com/story/x-123").Outlet;

    [Benchmark]
    public string UnknownSite_multiPartSuffix() => _registry.Resolve("https://news.unknownpaper.co.uk/2025/01/01/story").RegistrableDomain;

    [Benchmark]
    public Outlet? AmpCacheUrl() => _registry.Resolve("https://www-theguardian-com.cdn.ampproject.org/c/s/www.theguardian.com/world/2025/jan/01/story").Outlet;
}
