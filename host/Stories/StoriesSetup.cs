using BiasCompanion.Host.Storage;

namespace BiasCompanion.Host.Stories;

public static class StoriesSetup
{
    /// <summary>Registers the story matcher (one per process: it holds the active window) and the story reader.</summary>
    public static IServiceCollection AddStories(this IServiceCollection services)
    {
        services.AddSingleton<StoryMatcher>(provider =>
            new StoryMatcher(provider.GetRequiredService<SqliteDatabase>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IStoryMatcher>(provider => provider.GetRequiredService<StoryMatcher>());
        services.AddSingleton<IStoryReader, StoryReader>();
        return services;
    }
}
