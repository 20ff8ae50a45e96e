using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

public class ShortReaderResultTests
{
    private const string Page = """
        <html><head><title>Query tuning</title></head><body>
        <div class="article-content">
        <p>Products and solutions for every team, with pricing plans and customer stories from around the world.</p>
        <p>Subscribe to the newsletter. By submitting, you acknowledge the privacy policy and the terms of service of this site.</p>
        </div>
        <div class="comment-section sidebar"><ul>
        <li>Slow queries usually come from missing indexes, and the planner can only choose a good plan when the statistics about each table are current, so run analyze after large loads and watch the row estimates.</li>
        <li>Too many indexes slow down every write, because each insert and update has to maintain all of them, so keep only the indexes that the frequent queries actually use and drop the rest after checking usage counters.</li>
        <li>Long transactions hold locks and keep old row versions alive, which makes vacuum fall behind and tables grow, so keep transactions short and move batch jobs to quiet hours when the load on the server is low.</li>
        <li>Connection pools protect the server from sudden bursts of clients, because every connection costs memory, so size the pool to the number of cores and let the application queue requests instead of opening more connections.</li>
        <li>Explain with analyze shows where the time goes in a plan, node by node, and comparing the estimated rows with the actual rows points to the statistics that need attention before any index or query is changed.</li>
        </ul></div></body></html>
        """;

    [Fact]
    public void A_short_reader_pick_gives_way_to_a_block_with_far_more_text()
    {
        var article = new ArticleExtractor().Extract("https://blog.example/query-tuning", Page);

        Assert.StartsWith("Slow queries usually come from missing indexes", article.Body);
        Assert.Contains("Explain with analyze shows where the time goes", article.Body);
        Assert.DoesNotContain("Subscribe to the newsletter", article.Body);
    }

    [Fact]
    public void A_short_article_with_no_larger_block_elsewhere_is_kept()
    {
        var page = """
            <html><head><title>Brief</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Bridge closed</h1>
            <p>The old bridge will be closed to cars from Monday while engineers inspect the cables, the city said on Friday evening.</p>
            <p>Buses will use the southern crossing, and cyclists can still use the footpath on the east side during the works.</p>
            </article></body></html>
            """;

        var article = new ArticleExtractor().Extract("https://courier.example/news/bridge", page);

        Assert.Contains("The old bridge will be closed to cars from Monday", article.Body);
        Assert.Contains("Buses will use the southern crossing", article.Body);
    }
}
