using System.Text;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>UTF-8 text read once as Latin-1 and saved again: repaired only where the page shows the telltale C1 characters.</summary>
public class MojibakeTests
{
    /// <summary>What a CMS stores when it reads UTF-8 as Latin-1: every byte becomes one character.</summary>
    private static string DoubleEncoded(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("A DIY Investor’s Guide")]
    [InlineData("itertools — Functions creating iterators")]
    [InlineData("Rated ⭐⭐⭐⭐⭐ by “readers”…")]
    public void Double_encoded_text_is_decoded_back(string original)
    {
        Assert.Equal(original, Mojibake.Repair(DoubleEncoded(original)));
    }

    [Fact]
    public void Two_byte_letters_are_repaired_on_a_page_that_shows_the_telltale_characters()
    {
        var page = DoubleEncoded("Café owners’ union");

        Assert.Equal("Café owners’ union", Mojibake.Repair(page));
    }

    [Fact]
    public void A_page_without_c1_characters_is_returned_as_it_is()
    {
        const string latin = "Ã© is how the pair looks in a mojibake guide, and Â£ too";

        Assert.Same(latin, Mojibake.Repair(latin));
    }

    [Fact]
    public void A_stray_c1_character_that_spells_no_utf8_stays()
    {
        const string text = "price \u0080 list and Ã\u00ff";

        Assert.Equal(text, Mojibake.Repair(text));
    }

    [Fact]
    public void The_extractor_reads_a_double_encoded_page_as_its_author_wrote_it()
    {
        var html = $"<html><head><title>{DoubleEncoded("The council’s tram plan")}</title></head><body><article><h1>{DoubleEncoded("The council’s tram plan")}</h1>{Fixtures.Paragraphs}<p>{DoubleEncoded("“It will be ready by spring,” the mayor said — twice.")}</p></article></body></html>";

        var article = new ArticleExtractor().Extract("https://courier.example/news/tram", html);

        Assert.Equal("The council’s tram plan", article.Title);
        Assert.Contains("“It will be ready by spring,” the mayor said — twice.", article.Body);
    }
}
