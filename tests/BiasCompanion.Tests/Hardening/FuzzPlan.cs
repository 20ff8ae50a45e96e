using System.Text;

namespace BiasCompanion.Tests.Hardening;

/// <summary>One generated input: what it is fed to, the mutations that made it, its bytes and the charset it comes with.</summary>
public sealed record FuzzInput(string Kind, string Mutation, byte[] Bytes, string? Charset, bool AsBytes)
{
    public bool IsFeed => Kind is "feed" or "trap feed";
}

/// <summary>The inputs of one fuzz run, generated lazily in an order fixed by the seed alone: the same plan gives the same inputs.</summary>
public sealed record FuzzPlan(int Pages, int Feeds, int RealPages, int Seed, int MaxRepeat, bool Traps)
{
    public int Count(int realSeeds) =>
        (Traps ? FuzzSeeds.TrapPages().Count() + FuzzSeeds.TrapFeeds().Count() : 0) + Pages + Feeds + (realSeeds > 0 ? RealPages : 0);

    public IEnumerable<FuzzInput> Inputs(IReadOnlyList<byte[]> realSeeds)
    {
        if (Traps)
        {
            foreach (var trap in FuzzSeeds.TrapPages()) yield return new("trap page", "trap", Encoding.UTF8.GetBytes(trap), null, AsBytes: true);
            foreach (var trap in FuzzSeeds.TrapFeeds()) yield return new("trap feed", "trap", trap, null, AsBytes: true);
        }
        var mutator = new FuzzMutator(Seed, MaxRepeat);
        var pageSeeds = FuzzSeeds.Pages.Select(Encoding.UTF8.GetBytes).ToList();
        for (var i = 0; i < Pages; i++)
        {
            var bytes = mutator.Next(pageSeeds[i % pageSeeds.Count]);
            yield return new("page", mutator.LastKind, bytes, mutator.Charset(), AsBytes: i % 2 == 0);
        }
        var feedSeeds = FuzzSeeds.Feeds.Select(Encoding.UTF8.GetBytes).ToList();
        for (var i = 0; i < Feeds; i++)
        {
            var bytes = mutator.Next(feedSeeds[i % feedSeeds.Count]);
            yield return new("feed", mutator.LastKind, bytes, mutator.Charset(), AsBytes: true);
        }
        for (var i = 0; i < RealPages && realSeeds.Count > 0; i++)
        {
            var bytes = mutator.Next(realSeeds[i % realSeeds.Count]);
            yield return new("real page", mutator.LastKind, bytes, mutator.Charset(), AsBytes: true);
        }
    }
}
