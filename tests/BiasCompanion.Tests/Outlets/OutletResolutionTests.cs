using BiasCompanion.Host.Outlets;

namespace BiasCompanion.Tests.Outlets;

public class OutletResolutionTests
{
    private static readonly OutletRegistry Registry = new(ShippedOutletFile.LoadEmbedded(), PublicSuffixes.LoadEmbedded());

    [Theory]
    [InlineData("https://www.bbc.co.uk/news/world-europe-123", "bbc-co-uk", "bbc.co.uk")]
    [InlineData("https://bbc.com/news/articles/abc", "bbc-co-uk", "bbc.com")]
    [InlineData("bbc.co.uk", "bbc-co-uk", "bbc.co.uk")]
    [InlineData("NYTimes.COM/2025/01/01/us/story.html", "nytimes-com", "nytimes.com")]
    [InlineData("https://user@www.nytimes.com:443/2025/x.html?smid=tw#top", "nytimes-com", "nytimes.com")]
    [InlineData("https://edition.cnn.com/2025/01/01/politics/story", "cnn-com", "cnn.com")]
    [InlineData("https://amp.theguardian.com/world/2025/jan/01/story", "theguardian-com", "theguardian.com")]
    [InlineData("https://eu.usatoday.com/story/news/2025/01/01/x/1/", "usatoday-com", "usatoday.com")]
    [InlineData("https://abcnews.go.com/Politics/story?id=1", "abcnews-go-com", "go.com")]
    [InlineData("https://news.sky.com/story/x-123", "news-sky-com", "sky.com")]
    [InlineData("https://www.smh.com.au/politics/federal/x.html", "smh-com-au", "smh.com.au")]
    [InlineData("https://timesofindia.indiatimes.com/india/x/articleshow/1.cms", "timesofindia-indiatimes-com", "indiatimes.com")]
    [InlineData("https://economictimes.indiatimes.com/news/x", "economictimes-indiatimes-com", "indiatimes.com")]
    [InlineData("https://www.indiatimes.com/news/x", "indiatimes-com", "indiatimes.com")]
    [InlineData("https://reut.rs/3xyz", "reuters-com", "reut.rs")]
    public void Resolves_hosts_subdomains_and_aliases(string url, string id, string registrable)
    {
        var resolution = Registry.Resolve(url);
        Assert.Equal(id, resolution.Outlet?.Id);
        Assert.Equal(registrable, resolution.RegistrableDomain);
    }

    [Theory]
    [InlineData("https://www-theguardian-com.cdn.ampproject.org/c/s/www.theguardian.com/world/2025/jan/01/story", "theguardian-com")]
    [InlineData("https://www-nytimes-com.cdn.ampproject.org/v/s/www.nytimes.com/2025/01/01/us/x.amp.html?amp_js_v=0.1", "nytimes-com")]
    [InlineData("https://www-bbc-co-uk.cdn.ampproject.org/c/www.bbc.co.uk/news/amp/world-1", "bbc-co-uk")]
    [InlineData("https://news.google.com/url?sa=t&url=https%3A%2F%2Fwww.reuters.com%2Fworld%2Fstory-2025-01-01%2F&ct=ga", "reuters-com")]
    [InlineData("https://www.google.com/url?q=https://www.nytimes.com/2025/01/01/us/x.html&sa=D", "nytimes-com")]
    [InlineData("https://www.google.co.uk/url?rct=j&url=https://www.theguardian.com/uk-news/2025/x", "theguardian-com")]
    public void Unwraps_amp_cache_and_google_redirect_urls(string url, string id)
    {
        Assert.Equal(id, Registry.Resolve(url).Outlet?.Id);
    }

    [Theory]
    [InlineData("https://www.wsj.com/opinion/some-column-123", "wsj-com--opinion")]
    [InlineData("https://www.wsj.com/opinion", "wsj-com--opinion")]
    [InlineData("https://www.wsj.com/OPINION/x", "wsj-com--opinion")]
    [InlineData("https://www.wsj.com/opinionated-news", "wsj-com")]
    [InlineData("https://www.wsj.com/world/europe/x", "wsj-com")]
    [InlineData("https://www.nytimes.com/section/opinion/columnists", "nytimes-com--section-opinion")]
    [InlineData("https://www.theguardian.com/us-news/2025/jan/01/x", "theguardian-com--us-news")]
    [InlineData("https://www.theguardian.com/australia-news/2025/jan/01/x", "theguardian-com--australia-news")]
    [InlineData("https://www.theguardian.com/commentisfree/2025/jan/01/x", "theguardian-com--commentisfree")]
    [InlineData("https://amp.theguardian.com/us-news/2025/jan/01/x", "theguardian-com--us-news")]
    public void Path_scoped_outlets_own_their_path_only(string url, string id)
    {
        Assert.Equal(id, Registry.Resolve(url).Outlet?.Id);
    }

    [Theory]
    [InlineData("https://www.unknownpaper.co.uk/news/1", "unknownpaper.co.uk")]
    [InlineData("https://news.someplace.com.au/x", "someplace.com.au")]
    [InlineData("https://a.b.example.co.jp/x", "example.co.jp")]
    [InlineData("https://someone.github.io/post", "someone.github.io")]
    [InlineData("https://sports.yahoo.com/nba/x", "yahoo.com")]
    [InlineData("http://192.168.1.20/page", "192.168.1.20")]
    [InlineData("https://www.example.com./x", "example.com")]
    public void Unknown_sites_carry_their_registrable_domain(string url, string registrable)
    {
        var resolution = Registry.Resolve(url);
        Assert.Null(resolution.Outlet);
        Assert.Equal(registrable, resolution.RegistrableDomain);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a url at all")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://")]
    [InlineData("https://exa mple.com/")]
    public void Invalid_input_is_unknown_with_no_domain(string url)
    {
        var resolution = Registry.Resolve(url);
        Assert.Null(resolution.Outlet);
        Assert.Equal("", resolution.RegistrableDomain);
    }

    [Fact]
    public void An_overlong_url_is_refused_rather_than_parsed()
    {
        Assert.Equal("", Registry.Resolve("https://example.com/" + new string('a', OutletUrl.MaxLength)).RegistrableDomain);
    }

    [Fact]
    public void A_known_outlet_resolution_is_the_same_cached_object_every_time()
    {
        var first = Registry.Resolve("https://www.bbc.co.uk/news/1");
        var second = Registry.Resolve("https://www.bbc.co.uk/news/2");
        Assert.Same(first, second);
    }

    [Fact]
    public void Find_by_id_returns_the_outlet_with_combined_ratings()
    {
        var reuters = Registry.FindById("reuters-com")!;
        Assert.Equal(BiasLabel.Center, reuters.Bias);
        Assert.Equal(Factuality.VeryHigh, reuters.Factuality);
        Assert.Contains("wire", reuters.Flags);
        Assert.Equal("reuters.com", reuters.Domains[0]);
        Assert.Null(Registry.FindById("no-such-outlet"));
    }
}
