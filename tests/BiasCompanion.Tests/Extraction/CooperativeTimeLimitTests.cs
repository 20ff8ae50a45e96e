using AngleSharp.Html.Parser;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>A page past its time limit is told to stop, and the body's own loops listen.</summary>
public class CooperativeTimeLimitTests
{
    [Fact]
    public void Work_past_its_limit_is_cancelled_and_counts_as_a_timeout_not_a_failure()
    {
        using var stopped = new ManualResetEventSlim(false);
        var result = BoundedRunner.Run(token =>
        {
            try
            {
                while (true)
                {
                    token.ThrowIfCancellationRequested();
                    Thread.Sleep(5);
                }
            }
            finally { stopped.Set(); }
        }, 20, out var failure);

        Assert.Null(result);
        Assert.Null(failure);
        Assert.True(stopped.Wait(TimeSpan.FromSeconds(30)), "the abandoned work never saw its token cancelled");
    }

    [Fact]
    public void Work_that_finishes_in_time_keeps_its_result_and_its_failure()
    {
        var article = new ExtractedArticle { Url = "https://x.example/" };
        Assert.Same(article, BoundedRunner.Run(_ => article, 30_000, out var none));
        Assert.Null(none);

        Assert.Null(BoundedRunner.Run(_ => throw new InvalidOperationException("broken page"), 30_000, out var failure));
        Assert.IsType<InvalidOperationException>(failure);
    }

    [Fact]
    public void Body_loops_stop_on_a_cancelled_token()
    {
        var items = string.Concat(Enumerable.Range(0, 3000).Select(i => $"<p>Paragraph number {i} says something long enough to count here.</p>"));
        var doc = new HtmlParser().ParseDocument($"<html><body><div>{items}</div></body></html>");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => BlockText.Of(doc.Body!, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => DensestBlock.Text(doc, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => ReaderPrep.Run(doc.DocumentElement, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => BodyExtractor.Extract(doc, "https://x.example/a", cancelled.Token));
        // Without cancellation the same page still gives its text.
        Assert.Contains("Paragraph number 2999", BlockText.Of(doc.Body!));
    }

    [Fact]
    public void SmartReader_is_given_the_token_on_large_pages()
    {
        using var limit = new CancellationTokenSource();
        var small = new HtmlParser().ParseDocument("<html><body><p>A short page.</p></body></html>");
        var large = new HtmlParser().ParseDocument($"<html><body><p>{new string('x', BodyExtractor.ReaderTokenFromChars)}</p></body></html>");

        Assert.False(BodyExtractor.ReaderToken(small, limit.Token).CanBeCanceled);
        Assert.Equal(limit.Token, BodyExtractor.ReaderToken(large, limit.Token));
    }
}
