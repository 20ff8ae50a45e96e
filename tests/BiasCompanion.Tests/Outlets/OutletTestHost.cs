using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Outlets.Import;
using BiasCompanion.Host.Storage;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Outlets;

/// <summary>A registry over a real, freshly migrated SQLite file in a temporary folder.</summary>
public sealed class OutletTestHost : IDisposable
{
    private readonly TempDataDir _dir = new();

    public OutletTestHost(ShippedOutletFile? shipped = null)
    {
        Database = SqliteDatabase.InFolder(_dir.Path);
        Database.Initialize();
        Store = new OutletUserStore(Database, TimeProvider.System);
        Registry = new OutletRegistry(shipped ?? ShippedOutletFile.LoadEmbedded(), PublicSuffixes.LoadEmbedded(), Store);
        Importer = new OutletImporter(Registry, Store);
        Editor = new OutletEditor(Registry, Store);
    }

    public string DataDir => _dir.Path;
    public SqliteDatabase Database { get; }
    public OutletUserStore Store { get; }
    public OutletRegistry Registry { get; }
    public OutletImporter Importer { get; }
    public OutletEditor Editor { get; }

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Outlets", "Samples", name);

    public ImportReport ImportSample(string name, ImportFormat format)
    {
        using var stream = File.OpenRead(Sample(name));
        return Importer.Import(stream, format);
    }

    /// <summary>A new registry over the same database, as after an upgrade that ships <paramref name="shipped"/>.</summary>
    public OutletRegistry Reopen(ShippedOutletFile shipped) => new(shipped, PublicSuffixes.LoadEmbedded(), Store);

    public void Dispose() => _dir.Dispose();
}
