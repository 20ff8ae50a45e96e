using BiasCompanion.Host.Api;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace BiasCompanion.Tests.Coverage.KeyPoints;

/// <summary>The hub's FlagKeyPoint over a real Kestrel with the real SignalR client.</summary>
public sealed class FlagKeyPointHubTests : IDisposable
{
    private static readonly DateTimeOffset Saturday = new(2025, 7, 12, 9, 0, 0, TimeSpan.FromHours(9));
    private readonly KestrelHostFactory _host = new();

    public FlagKeyPointHubTests() => _host.With("BiasCompanion:MaxPageBytes", "262144");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Flagging_through_the_hub_demotes_the_point_and_an_unknown_point_is_an_error()
    {
        await using var client = new HubConnectionBuilder()
            .WithUrl(new Uri(_host.Address, CoverageHub.Path), HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                options.Headers["Origin"] = $"chrome-extension://{BiasCompanionFactory.OwnExtensionId}";
            })
            .Build();
        await client.StartAsync();
        await client.InvokeAsync<CoverageReport>("Analyze", new PageCapture(
            "https://www.reuters.com/world/asia-pacific/lavrov-kim-2025-07-12/", null, FixturePages.Lavrov(0, Saturday), null, null));
        var report = await client.InvokeAsync<CoverageReport>("Analyze", new PageCapture(
            "https://www.foxnews.com/world/lavrov-kim-jong-un-wonsan", null, FixturePages.Lavrov(2, Saturday.AddHours(2)), null, null));
        var first = report.KeyPoints[0].Text;

        var flagged = await client.InvokeAsync<CoverageReport>(nameof(CoverageHub.FlagKeyPoint), report.StoryId!.Value, first);

        Assert.Equal(first, flagged.KeyPoints[^1].Text);
        Assert.True(flagged.KeyPoints[^1].Flagged);
        await Assert.ThrowsAsync<HubException>(() =>
            client.InvokeAsync<CoverageReport>(nameof(CoverageHub.FlagKeyPoint), report.StoryId!.Value, "Not a point of this story."));
    }
}
