using System.Text;
using System.Text.Json;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Outlets.Import;

namespace BiasCompanion.Tests.Outlets;

public class OutletImportTests
{
    [Fact]
    public void AllSides_csv_applies_good_rows_and_reports_bad_ones_with_their_lines()
    {
        using var host = new OutletTestHost();

        var report = host.ImportSample("ratings-allsides.csv", ImportFormat.AllSides);

        Assert.Equal(9, report.Rows);
        Assert.Equal(6, report.Applied);
        Assert.Equal([8, 9, 10], report.Problems.Select(p => p.Line));
        Assert.Contains("no known outlet", report.Problems[0].Reason);
        Assert.Contains("mixed", report.Problems[1].Reason);
        Assert.Contains("news_source is empty", report.Problems[2].Reason);
        Assert.Equal(1, report.CreatedOutlets);

        var cnn = host.Registry.FindById("cnn-com")!;
        Assert.Contains(cnn.Ratings, r => r is { Source: "allsides", Dimension: "bias", Value: "Left" });
        Assert.Contains(cnn.Ratings, r => r is { Source: "biascompanion", Dimension: "bias", Value: "LeanLeft" });
        Assert.Equal(BiasLabel.Left, cnn.Bias); // mean of Lean Left and Left is −1.5, rounded away from the centre
        Assert.Equal(BiasLabel.Right, host.Registry.FindById("foxnews-com")!.Bias);
        Assert.Contains(host.Registry.FindById("nytimes-com--section-opinion")!.Ratings, r => r.Source == "allsides");
        Assert.DoesNotContain(host.Registry.FindById("nytimes-com")!.Ratings, r => r.Source == "allsides");
        Assert.Contains(host.Registry.FindById("wsj-com")!.Ratings, r => r is { Source: "allsides", Value: "LeanRight" });

        var created = host.Registry.Resolve("https://www.exampledaily.example/local/story").Outlet!;
        Assert.Equal("The Example Daily Courier", created.Name);
        Assert.Equal(BiasLabel.LeanLeft, created.Bias);
        Assert.Equal(OutletRegistry.UnknownCountry, created.Country);
    }

    [Fact]
    public void Mbfc_json_maps_the_vocabulary_and_keeps_categories_as_flags()
    {
        using var host = new OutletTestHost();

        var report = host.ImportSample("ratings-mbfc.json", ImportFormat.Mbfc);

        Assert.Equal(10, report.Rows);
        Assert.Equal(7, report.Applied);
        Assert.Equal([8, 9, 10], report.Problems.Select(p => p.Line));

        var bbc = host.Registry.FindById("bbc-co-uk")!;
        Assert.Contains(bbc.Ratings, r => r is { Source: "mbfc", Dimension: "bias", Value: "LeanLeft" });
        Assert.Equal(BiasLabel.LeanLeft, bbc.Bias); // Center and Lean Left: −0.5 rounds away from the centre
        Assert.Equal(Factuality.High, bbc.Factuality); // Very High and High: ties go to the less factual label
        Assert.Contains(host.Registry.FindById("apnews-com")!.Ratings, r => r is { Source: "mbfc", Dimension: "bias", Value: "Center" });

        var infowars = host.Registry.FindById("infowars-com")!;
        Assert.Contains("conspiracy", infowars.Flags);
        Assert.DoesNotContain(infowars.Ratings, r => r is { Source: "mbfc", Dimension: "bias" });
        Assert.Contains(infowars.Ratings, r => r is { Source: "mbfc", Dimension: "factuality", Value: "VeryLow" });
        Assert.Contains("satire", host.Registry.FindById("theonion-com")!.Flags);

        var created = host.Registry.Resolve("brand-new-outlet.example").Outlet!;
        Assert.Equal("Brand New Outlet", created.Name);
        Assert.Equal(BiasLabel.LeanRight, created.Bias);
        Assert.Equal(Factuality.MostlyFactual, created.Factuality);
    }

    [Fact]
    public void Opml_adds_feeds_to_known_outlets_and_creates_unknown_ones_unrated()
    {
        using var host = new OutletTestHost();

        var report = host.ImportSample("feeds.opml", ImportFormat.Opml);

        Assert.Equal(4, report.Rows);
        Assert.Equal(3, report.Applied);
        Assert.Equal(8, Assert.Single(report.Problems).Line);
        Assert.Equal(2, report.CreatedOutlets);
        Assert.Contains("https://feeds.bbci.co.uk/news/world/rss.xml", host.Registry.FindById("bbc-co-uk")!.Feeds);

        var blog = host.Registry.Resolve("https://www.localblog.example/post/1").Outlet!;
        Assert.Equal("Independent Local Blog", blog.Name);
        Assert.Null(blog.Bias);
        Assert.Null(blog.Factuality);
        Assert.Equal(["https://feeds.localblog.example/rss"], blog.Feeds);
        Assert.Equal("Feed Only Gazette", host.Registry.Resolve("https://feedonly.example/").Outlet!.Name);
    }

    [Theory]
    [InlineData("ratings-allsides.csv", ImportFormat.AllSides)]
    [InlineData("ratings-mbfc.json", ImportFormat.Mbfc)]
    [InlineData("feeds.opml", ImportFormat.Opml)]
    public void Importing_the_same_file_twice_changes_nothing(string sample, ImportFormat format)
    {
        using var host = new OutletTestHost();
        var first = host.ImportSample(sample, format);
        var afterFirst = JsonSerializer.Serialize(host.Editor.Export());
        var outletsAfterFirst = host.Registry.All.Count;

        var second = host.ImportSample(sample, format);

        Assert.True(first.Changes > 0);
        Assert.Equal(0, second.Changes);
        Assert.Equal(0, second.CreatedOutlets);
        Assert.Equal(first.Applied, second.Applied);
        Assert.Equal(afterFirst, JsonSerializer.Serialize(host.Editor.Export()));
        Assert.Equal(outletsAfterFirst, host.Registry.All.Count);
    }

    [Fact]
    public void A_changed_rater_file_replaces_that_raters_values_and_flags()
    {
        using var host = new OutletTestHost();
        Import(host, ImportFormat.Mbfc, """[{"domain": "cnn.com", "bias": "questionable", "reporting": "low"}]""");
        Assert.Contains("questionable", host.Registry.FindById("cnn-com")!.Flags);

        var report = Import(host, ImportFormat.Mbfc, """[{"domain": "cnn.com", "bias": "left-center", "reporting": "mostly factual"}]""");

        Assert.True(report.Changes > 0);
        var cnn = host.Registry.FindById("cnn-com")!;
        Assert.DoesNotContain("questionable", cnn.Flags);
        Assert.Single(cnn.Ratings, r => r is { Source: "mbfc", Dimension: "factuality", Value: "MostlyFactual" });
        Assert.Single(cnn.Ratings, r => r is { Source: "mbfc", Dimension: "bias", Value: "LeanLeft" });
    }

    [Fact]
    public void User_ratings_and_imports_override_the_shipped_file_and_survive_its_upgrade()
    {
        using var host = new OutletTestHost();
        host.ImportSample("ratings-allsides.csv", ImportFormat.AllSides);
        host.ImportSample("feeds.opml", ImportFormat.Opml);
        host.Editor.SetUserRatings("reuters-com", BiasLabel.LeanRight, Factuality.Mixed);
        host.Editor.Edit("bbc-co-uk", new UserOutletRow { Id = "bbc-co-uk", Owner = "The licence-fee payers" });

        Assert.Equal(BiasLabel.LeanRight, host.Registry.FindById("reuters-com")!.Bias);

        // The next release ships a changed file: CNN renamed and re-rated, Reuters re-rated.
        var shipped = ShippedOutletFile.LoadEmbedded();
        var upgraded = shipped with
        {
            Version = "next",
            Outlets = shipped.Outlets.Select(o => o.Id switch
            {
                "cnn-com" => o with { Name = "CNN (renamed)", Ratings = [new OutletRating("bias", "Center", "biascompanion", new DateOnly(2027, 1, 1))] },
                "reuters-com" => o with { Ratings = [new OutletRating("bias", "Left", "biascompanion", new DateOnly(2027, 1, 1))] },
                _ => o,
            }).ToList(),
        };
        var reopened = host.Reopen(upgraded);

        var cnn = reopened.FindById("cnn-com")!;
        Assert.Equal("CNN (renamed)", cnn.Name);
        Assert.Contains(cnn.Ratings, r => r is { Source: "allsides", Value: "Left" });
        Assert.Equal(BiasLabel.LeanLeft, cnn.Bias); // Center (new shipped) and Left (allsides): −1
        var reuters = reopened.FindById("reuters-com")!;
        Assert.Equal(BiasLabel.LeanRight, reuters.Bias);
        Assert.Equal(Factuality.Mixed, reuters.Factuality);
        Assert.Equal("The licence-fee payers", reopened.FindById("bbc-co-uk")!.Owner);
        Assert.NotNull(reopened.Resolve("https://www.localblog.example/").Outlet);
        Assert.NotNull(reopened.Resolve("https://www.exampledaily.example/").Outlet);
    }

    [Fact]
    public void Clearing_the_users_rating_brings_back_the_combined_value()
    {
        using var host = new OutletTestHost();
        host.Editor.SetUserRatings("nytimes-com", BiasLabel.Right, null);
        Assert.Equal(BiasLabel.Right, host.Registry.FindById("nytimes-com")!.Bias);

        var cleared = host.Editor.ClearUserRatings("nytimes-com")!;

        Assert.Equal(BiasLabel.LeanLeft, cleared.Bias);
        Assert.Null(host.Editor.SetUserRatings("no-such-outlet", BiasLabel.Left, null));
    }

    [Fact]
    public void AllSides_exports_with_a_rating_column_and_a_domain_column_are_understood()
    {
        using var host = new OutletTestHost();

        var report = Import(host, ImportFormat.AllSides, "news_source,rating,domain\r\nSome Renamed Paper,lean right,www.dallasnews.com\r\n");

        Assert.Equal(1, report.Applied);
        Assert.Contains(host.Registry.FindById("dallasnews-com")!.Ratings, r => r is { Source: "allsides", Value: "LeanRight" });
    }

    [Fact]
    public void Hostile_or_malformed_files_are_reported_without_applying_anything()
    {
        using var host = new OutletTestHost();

        var xxe = Import(host, ImportFormat.Opml, """
            <?xml version="1.0"?>
            <!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <opml><body><outline text="&xxe;" xmlUrl="https://evil.example/rss"/></body></opml>
            """);
        Assert.Equal(0, xxe.Applied);
        Assert.NotEmpty(xxe.Problems);

        var notArray = Import(host, ImportFormat.Mbfc, """{"domain": "cnn.com"}""");
        Assert.Equal(0, notArray.Applied);
        Assert.Equal(1, Assert.Single(notArray.Problems).Line);

        var truncated = Import(host, ImportFormat.Mbfc, "[\n{\"domain\": \"cnn.com\", \"bias\": \"left\"},\n{\"domain\": ");
        Assert.Equal(1, truncated.Applied);
        Assert.Equal(3, Assert.Single(truncated.Problems).Line);

        var noHeader = Import(host, ImportFormat.AllSides, "name,rating\nCNN,left\n");
        Assert.Equal(0, noHeader.Applied);
        Assert.Equal(1, Assert.Single(noHeader.Problems).Line);

        Assert.Throws<ImportRejectedException>(() =>
            host.Importer.Import(new MemoryStream(new byte[ImportLimits.MaxBytes + 1]), ImportFormat.AllSides));
        Assert.Throws<ImportRejectedException>(() =>
            host.Importer.Import(new MemoryStream([0x6E, 0x65, 0xFF, 0xFE, 0x0A]), ImportFormat.AllSides));
    }

    private static ImportReport Import(OutletTestHost host, ImportFormat format, string text) =>
        host.Importer.Import(new MemoryStream(Encoding.UTF8.GetBytes(text)), format);
}
