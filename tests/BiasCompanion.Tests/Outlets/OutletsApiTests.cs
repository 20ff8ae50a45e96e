using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Outlets.Import;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Outlets;

public class OutletsApiTests : IClassFixture<OutletsApiTests.Host>
{
    public sealed class Host : BiasCompanionFactory;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _client;

    public OutletsApiTests(Host host) => _client = host.CreateClient();

    [Theory]
    [InlineData("/api/outlets/bbc.co.uk", "bbc-co-uk")]
    [InlineData("/api/outlets/https://www.wsj.com/opinion/column-1", "wsj-com--opinion")]
    [InlineData("/api/outlets/https%3A%2F%2Fedition.cnn.com%2F2025%2F01%2F01%2Fpolitics%2Fx", "cnn-com")]
    [InlineData("/api/outlets/resolve?url=https%3A%2F%2Fwww.theguardian.com%2Fus-news%2F2025%2Fx%3Fa%3D1", "theguardian-com--us-news")]
    public async Task Get_by_domain_or_url_resolves_the_outlet(string path, string id)
    {
        var resolution = await _client.GetFromJsonAsync<OutletResolution>(path, Json);
        Assert.Equal(id, resolution!.Outlet?.Id);
    }

    [Fact]
    public async Task Get_an_unknown_site_gives_its_registrable_domain_and_bad_input_a_problem()
    {
        var unknown = await _client.GetFromJsonAsync<OutletResolution>("/api/outlets/https://news.unknownpaper.co.uk/a", Json);
        Assert.Null(unknown!.Outlet);
        Assert.Equal("unknownpaper.co.uk", unknown.RegistrableDomain);

        var bad = await _client.GetAsync("/api/outlets/not%20a%20url");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_outlet_json_carries_labels_as_words_and_every_rating_source()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/api/outlets/reuters.com"));
        var outlet = document.RootElement.GetProperty("outlet");
        Assert.Equal("Center", outlet.GetProperty("bias").GetString());
        Assert.Equal("VeryHigh", outlet.GetProperty("factuality").GetString());
        Assert.Equal("Corporate", outlet.GetProperty("ownerType").GetString());
        Assert.Equal("biascompanion", outlet.GetProperty("ratings")[0].GetProperty("source").GetString());
        Assert.Equal("reuters.com", document.RootElement.GetProperty("registrableDomain").GetString());
    }

    [Fact]
    public async Task List_filters_by_country_and_bias_and_a_limit_may_cover_the_whole_registry()
    {
        var gbCenter = await _client.GetFromJsonAsync<OutletsApi.OutletList>("/api/outlets?country=GB&bias=Center&limit=5", Json);
        Assert.True(gbCenter!.Total > 5);
        Assert.Equal(5, gbCenter.Outlets.Count);
        Assert.All(gbCenter.Outlets, o => Assert.Equal(("GB", BiasLabel.Center), (o.Country, o.Bias!.Value)));

        var leanLeft = await _client.GetFromJsonAsync<OutletsApi.OutletList>("/api/outlets?bias=lean%20left&limit=1", Json);
        Assert.Equal(BiasLabel.LeanLeft, Assert.Single(leanLeft!.Outlets).Bias);

        var all = await _client.GetFromJsonAsync<OutletsApi.OutletList>("/api/outlets?limit=10000", Json);
        Assert.True(all!.Total >= 600);
        Assert.Equal(all.Total, all.Outlets.Count);

        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/api/outlets?bias=sideways")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/api/outlets?limit=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/api/outlets?country=Britain")).StatusCode);
    }

    [Fact]
    public async Task Domains_lists_every_known_host_and_the_path_scoped_ones()
    {
        var domains = await _client.GetFromJsonAsync<OutletsApi.DomainList>("/api/outlets/domains", Json);
        Assert.Contains("bbc.co.uk", domains!.Hosts);
        Assert.Contains("edition.cnn.com", domains.Hosts);
        Assert.Contains("wsj.com/opinion", domains.PathScoped);
        Assert.Equal(domains.Count, domains.Hosts.Count);
    }

    [Fact]
    public async Task Put_ratings_sets_the_users_rating_which_wins_and_is_exported()
    {
        var response = await _client.PutAsJsonAsync("/api/outlets/thehill-com/ratings", new { bias = "Lean Left", factuality = "Mixed" });
        response.EnsureSuccessStatusCode();
        var outlet = await response.Content.ReadFromJsonAsync<Outlet>(Json);
        Assert.Equal(BiasLabel.LeanLeft, outlet!.Bias);
        Assert.Equal(Factuality.Mixed, outlet.Factuality);
        Assert.Contains(outlet.Ratings, r => r is { Source: "user", Dimension: "bias", Value: "LeanLeft" });

        var again = await _client.GetFromJsonAsync<OutletResolution>("/api/outlets/thehill.com", Json);
        Assert.Equal(BiasLabel.LeanLeft, again!.Outlet!.Bias);

        var export = await _client.GetFromJsonAsync<OutletUserData>("/api/outlets/export", Json);
        Assert.Contains(export!.Ratings, r => r is { OutletId: "thehill-com", Source: "user", Value: "Mixed" });

        var cleared = await (await _client.DeleteAsync("/api/outlets/thehill-com/ratings")).Content.ReadFromJsonAsync<Outlet>(Json);
        Assert.Equal(BiasLabel.Center, cleared!.Bias);
    }

    [Fact]
    public async Task Put_ratings_refuses_unknown_outlets_and_labels()
    {
        var unknown = await _client.PutAsJsonAsync("/api/outlets/no-such-outlet/ratings", new { bias = "Left" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        var badLabel = await _client.PutAsJsonAsync("/api/outlets/cnn-com/ratings", new { bias = "sideways" });
        Assert.Equal(HttpStatusCode.BadRequest, badLabel.StatusCode);
        var empty = await _client.PutAsJsonAsync("/api/outlets/cnn-com/ratings", new { });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Patch_edits_an_outlets_facts()
    {
        var response = await _client.PatchAsJsonAsync("/api/outlets/irishtimes-com", new { owner = "The Irish Times Trust CLG", city = "Dublin 2" });
        response.EnsureSuccessStatusCode();
        var outlet = await response.Content.ReadFromJsonAsync<Outlet>(Json);
        Assert.Equal("The Irish Times Trust CLG", outlet!.Owner);
        Assert.Equal("IE", outlet.Country);

        var bad = await _client.PatchAsJsonAsync("/api/outlets/irishtimes-com", new { ownerType = "Pirate" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Post_import_applies_a_rater_file_and_reports_bad_rows()
    {
        using var body = new StreamContent(File.OpenRead(OutletTestHost.Sample("ratings-mbfc.json")));
        var response = await _client.PostAsync("/api/outlets/import?format=mbfc", body);
        response.EnsureSuccessStatusCode();
        var report = await response.Content.ReadFromJsonAsync<ImportReport>(Json);
        Assert.Equal(7, report!.Applied);
        Assert.Equal([8, 9, 10], report.Problems.Select(p => p.Line));

        var created = await _client.GetFromJsonAsync<OutletResolution>("/api/outlets/brand-new-outlet.example", Json);
        Assert.Equal("Brand New Outlet", created!.Outlet!.Name);

        var badFormat = await _client.PostAsync("/api/outlets/import?format=xls", new StringContent("x"));
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }
}
