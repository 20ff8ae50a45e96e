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
    [Fact]
    public void An_article_inside_a_wrapper_named_like_a_sidebar_beats_a_disclosure_box_of_a_few_hundred_characters()
    {
        // SmartReader's first pass drops "page-with-sidebar" as an unlikely block and finds only the disclosure (~100 words,
        // ~750 characters; too few words for the densest-block fallback to need). Under 1000 characters it tries again
        // without dropping such blocks and keeps the longer article.
        var disclosure = "Some of the offers on this page come from partners who pay us when a reader applies through our links. " +
            "That payment can affect which products appear and in what order, but it never changes our ratings. " +
            "Our editors pick products on their own, and the opinions are ours alone. We do not cover every company. " +
            "Terms apply to every offer, and the details can change at any time, so check the issuer's site before you apply. " +
            "Rates and fees shown were correct when this page was last updated by our staff. " +
            "Questions about this policy can be sent to the editorial team through the contact page.";
        var paragraphs = string.Join("\n", Enumerable.Range(1, 4).Select(i =>
            $"<p>Renting a car at the airport costs more than renting in town in most of the cities we checked, part {i} of our survey " +
            "found, because airport branches add concession fees and higher taxes to every rental. Booking two weeks ahead saved " +
            "travellers about a fifth of the price, and returning the car with a full tank avoided the refuelling charge that " +
            "most companies add at a rate well above the pump price.</p>"));
        var html = $"""
            <html><head><title>Car rental costs</title></head><body>
            <div class="advertiser-note"><p>{disclosure}</p></div>
            <div class="page-with-sidebar"><div class="entry">{paragraphs}</div></div>
            </body></html>
            """;

        var article = new ArticleExtractor().Extract("https://travel.example/car-rental-costs", html);

        Assert.Contains("Renting a car at the airport costs more", article.Body);
    }
}
