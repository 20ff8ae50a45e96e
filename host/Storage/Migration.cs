namespace BiasCompanion.Host.Storage;

/// <summary>One schema step. Ids are applied once each, in the order of <see cref="Migrations.All"/>.</summary>
public sealed record Migration(string Id, string Sql);
