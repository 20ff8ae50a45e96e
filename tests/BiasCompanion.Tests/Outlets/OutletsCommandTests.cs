using System.Text.Json;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Outlets;

public class OutletsCommandTests
{
    [Fact]
    public async Task Import_then_export_through_the_command_line_uses_the_data_folder()
    {
        using var dir = new TempDataDir();
        var exportFile = Path.Combine(dir.Path, "export.json");

        var imported = await OutletsCommand.RunAsync(["import", OutletTestHost.Sample("feeds.opml"), "--format", "opml", "--data-dir", dir.Path]);
        var exported = await OutletsCommand.RunAsync(["export", "--out", exportFile, "--data-dir", dir.Path]);

        Assert.Equal(0, imported);
        Assert.Equal(0, exported);
        var data = JsonSerializer.Deserialize<OutletUserData>(File.ReadAllText(exportFile), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Contains(data.Feeds, f => f is { OutletId: "bbc-co-uk", Url: "https://feeds.bbci.co.uk/news/world/rss.xml" });
        Assert.Equal(2, data.Outlets.Count(o => o.IsNew));
    }

    [Fact]
    public async Task Bad_arguments_print_usage_and_fail()
    {
        Assert.Equal(2, await OutletsCommand.RunAsync(["import", "x.csv", "--format", "xls"]));
        Assert.Equal(2, await OutletsCommand.RunAsync([]));
        Assert.Equal(1, await OutletsCommand.RunAsync(["import", "/no/such/file.csv", "--format", "allsides", "--data-dir", Path.GetTempPath()]));
    }
}
