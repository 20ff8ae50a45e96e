namespace BiasCompanion.Host.Extraction;

public interface IArticleExtractor
{
    /// <summary>Extracts the article from a page. Never throws: failures come back with <see cref="ExtractedArticle.Error"/> set.</summary>
    ExtractedArticle Extract(string url, string html);
}
