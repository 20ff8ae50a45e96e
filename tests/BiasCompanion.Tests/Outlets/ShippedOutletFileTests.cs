using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using BiasCompanion.Host.Outlets;

namespace BiasCompanion.Tests.Outlets;

/// <summary>The registry file shipped in host/Outlets/Data/outlets.json, checked as data.</summary>
public partial class ShippedOutletFileTests
{
    private static readonly ShippedOutletFile File = ShippedOutletFile.LoadEmbedded();
    private static readonly PublicSuffixes Suffixes = PublicSuffixes.LoadEmbedded();

    [Fact]
    public void Has_at_least_600_outlets_from_at_least_40_countries_and_a_feed_for_80_percent()
    {
        Assert.True(File.Outlets.Count >= 600, $"{File.Outlets.Count} outlets");
        var countries = File.Outlets.Select(o => o.Country).Distinct().Count();
        Assert.True(countries >= 40, $"{countries} countries");
        var withFeed = File.Outlets.Count(o => o.Feeds.Count > 0);
        Assert.True(withFeed >= 0.8 * File.Outlets.Count, $"{withFeed} of {File.Outlets.Count} have a feed");
    }

    [Fact]
    public void Ids_are_unique_slugs()
    {
        var duplicates = File.Outlets.GroupBy(o => o.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.All(File.Outlets, o => Assert.Matches(Slug(), o.Id));
    }

    [Fact]
    public void Every_outlet_has_every_required_field_in_the_raw_json()
    {
        using var stream = typeof(ShippedOutletFile).Assembly.GetManifestResourceStream("BiasCompanion.Host.Outlets.Data.outlets.json")!;
        using var document = JsonDocument.Parse(stream);
        string[] required = ["id", "name", "primaryDomain", "aliases", "country", "language", "owner", "ownerType", "feeds", "ratings", "flags"];
        foreach (var outlet in document.RootElement.GetProperty("outlets").EnumerateArray())
        {
            var id = outlet.GetProperty("id").GetString();
            foreach (var field in required)
                Assert.True(outlet.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null, $"{id} lacks {field}");
            foreach (var field in new[] { "id", "name", "primaryDomain", "country", "language", "owner", "ownerType" })
                Assert.False(string.IsNullOrWhiteSpace(outlet.GetProperty(field).GetString()), $"{id}: {field} is empty");
        }
    }

    [Fact]
    public void Enumerations_and_codes_are_valid()
    {
        foreach (var o in File.Outlets)
        {
            Assert.True(o.OwnerType is { } t && Enum.IsDefined(t), $"{o.Id}: owner type");
            Assert.Matches(CountryCode(), o.Country);
            Assert.Equal(o.Country, new RegionInfo(o.Country).TwoLetterISORegionName);
            Assert.Matches(LanguageCode(), o.Language!);
            Assert.All(o.Flags, f => Assert.Contains(f, RatingVocabulary.KnownFlags));
            Assert.All(o.Feeds, f => Assert.True(Uri.TryCreate(f, UriKind.Absolute, out var u) && u.Scheme is "http" or "https", $"{o.Id}: feed {f}"));
        }
    }

    [Fact]
    public void Every_outlet_has_one_own_bias_and_one_own_factuality_rating()
    {
        foreach (var o in File.Outlets)
        {
            var bias = Assert.Single(o.Ratings, r => r.Dimension == RatingVocabulary.BiasDimension);
            var factuality = Assert.Single(o.Ratings, r => r.Dimension == RatingVocabulary.FactualityDimension);
            Assert.Equal(2, o.Ratings.Count);
            foreach (var rating in new[] { bias, factuality })
            {
                Assert.Equal(RatingVocabulary.ShippedSource, rating.Source);
                Assert.NotNull(rating.RetrievedAt);
            }
            Assert.True(Enum.TryParse<BiasLabel>(bias.Value, out var b) && Enum.IsDefined(b), $"{o.Id}: bias {bias.Value}");
            Assert.True(Enum.TryParse<Factuality>(factuality.Value, out var f) && Enum.IsDefined(f), $"{o.Id}: factuality {factuality.Value}");
        }
    }

    [Fact]
    public void No_domain_or_alias_is_claimed_twice_and_each_is_a_lowercase_host_below_a_public_suffix()
    {
        var owners = new Dictionary<string, string>();
        foreach (var o in File.Outlets)
        {
            foreach (var domain in o.Aliases.Prepend(o.PrimaryDomain))
            {
                Assert.False(owners.TryGetValue(domain, out var other), $"{domain} is claimed by {other} and {o.Id}");
                owners[domain] = o.Id;
                Assert.Equal(domain.ToLowerInvariant(), domain);
                Assert.DoesNotContain("://", domain);
                Assert.False(domain.StartsWith("www.", StringComparison.Ordinal), $"{domain}: www. is implied");
                var host = domain.Split('/')[0];
                Assert.Matches(HostName(), host);
                Assert.False(Suffixes.IsPublicSuffix(host), $"{domain} is a public suffix");
            }
        }
    }

    [Fact]
    public void State_media_are_owned_by_a_state_or_government()
    {
        var stateMedia = File.Outlets.Where(o => o.Flags.Contains("state-media")).ToList();
        Assert.True(stateMedia.Count >= 30, $"{stateMedia.Count} state media");
        Assert.All(stateMedia, o => Assert.True(o.OwnerType is OwnerType.State or OwnerType.Government, $"{o.Id} is {o.OwnerType}"));
    }

    [Theory]
    [InlineData("reuters-com", "GB")]
    [InlineData("apnews-com", "US")]
    [InlineData("afp-com", "FR")]
    [InlineData("bbc-co-uk", "GB")]
    [InlineData("nytimes-com", "US")]
    [InlineData("foxnews-com", "US")]
    [InlineData("cbc-ca", "CA")]
    [InlineData("abc-net-au", "AU")]
    [InlineData("thehindu-com", "IN")]
    [InlineData("irishtimes-com", "IE")]
    [InlineData("chicagotribune-com", "US")]
    [InlineData("rt-com", "RU")]
    [InlineData("xinhuanet-com", "CN")]
    public void Covers_the_outlets_readers_meet_every_day(string id, string country)
    {
        var outlet = Assert.Single(File.Outlets, o => o.Id == id);
        Assert.Equal(country, outlet.Country);
    }

    [Fact]
    public void Every_outlet_resolves_from_its_own_domains()
    {
        var registry = new OutletRegistry(File, Suffixes);
        foreach (var o in File.Outlets)
            foreach (var domain in o.Aliases.Prepend(o.PrimaryDomain))
                Assert.Equal(o.Id, registry.Resolve("https://" + domain + "/some/story")?.Outlet?.Id);
    }

    [GeneratedRegex("^[a-z0-9]+(-{1,2}[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$")]
    private static partial Regex HostName();
}
