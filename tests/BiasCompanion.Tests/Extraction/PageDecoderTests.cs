using System.Text;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

public sealed class PageDecoderTests
{
    static PageDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Windows1252(string s) => Encoding.GetEncoding(1252).GetBytes(s);

    [Fact]
    public void MetaCharsetIsHonoured()
    {
        var bytes = Windows1252("<html><head><meta charset=\"windows-1252\"></head><body>Café – déjà vu</body></html>");
        Assert.Contains("Café – déjà vu", PageDecoder.Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void WrongUtf8DeclarationFallsBackToWindows1252()
    {
        var bytes = Windows1252("<html><head><meta charset=\"utf-8\"></head><body>Café crème</body></html>");
        Assert.Contains("Café crème", PageDecoder.Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidUtf8WinsOverAWrongLegacyDeclaration()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>人工智能 über</body></html>");
        Assert.Contains("人工智能 über", PageDecoder.Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void DeclaredCharsetAndBomsAreUsed()
    {
        Assert.Contains("Grüße", PageDecoder.Decode(Encoding.GetEncoding("iso-8859-1").GetBytes("<p>Grüße</p>"), "iso-8859-1"), StringComparison.Ordinal);
        Assert.Contains("Grüße", PageDecoder.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<p>Grüße</p>")]), StringComparison.Ordinal);
        Assert.Equal("<p>x</p>", PageDecoder.Decode([0xEF, 0xBB, 0xBF, .. "<p>x</p>"u8.ToArray()]));
    }

    [Fact]
    public void ExtractorDecodesBytes()
    {
        var bytes = Windows1252(Fixtures.Article("Café society returns to the old town"));
        var a = new ArticleExtractor().Extract("https://x.example/cafe-society-returns", bytes);
        Assert.Equal("Café society returns to the old town", a.Title);
    }
}
