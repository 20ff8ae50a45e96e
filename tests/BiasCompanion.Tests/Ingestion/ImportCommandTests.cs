using BiasCompanion.Host.Cli;
using BiasCompanion.Host.Storage;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Ingestion;

public class ImportCommandTests
{
    [Fact]
    public async Task The_import_command_fills_the_data_folders_store_and_is_idempotent()
    {
        using var dir = new TempDataDir();
        var file = Path.Combine(dir.Path, "corpus.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"id":"x1","lang":"en","title":"Storm hits the coast","text":"A storm hit the coast on Monday.","date":"2024-01-08","source":"Example","url":null}""",
            """{"id":"x2","lang":"en","title":"Storm leaves thousands without power","text":"Thousands lost power after the storm hit the coast.","date":"2024-01-08","source":"Other","url":"https://www.bbc.co.uk/news/storm-x2"}""",
            """{"id":"x3","date":"not a date","title":"Bad date"}""",
        ]);
        var data = Path.Combine(dir.Path, "data");

        Assert.Equal(0, await CliRouter.RunAsync(["import", file, "--data-dir", data]));
        Assert.Equal(0, await CliRouter.RunAsync(["import", file, "--data-dir", data]));

        var db = SqliteDatabase.InFolder(data);
        db.Initialize();
        var store = new ArticleStore(db, TimeProvider.System);
        Assert.Equal(2, store.Count());
        Assert.Equal("bbc.co.uk", store.FindByCanonicalUrl("https://bbc.co.uk/news/storm-x2")!.OutletDomain);
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error() =>
        Assert.Equal(2, await CliRouter.RunAsync(["import", "/nonexistent/corpus.jsonl"]));
}
