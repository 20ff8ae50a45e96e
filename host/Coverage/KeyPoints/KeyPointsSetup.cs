namespace BiasCompanion.Host.Coverage.KeyPoints;

public static class KeyPointsSetup
{
    public static IServiceCollection AddKeyPoints(this IServiceCollection services)
    {
        services.AddSingleton<InsightsCache>();
        services.AddSingleton<KeyPointFlagStore>();
        services.AddSingleton<StoryInsights>();
        services.AddSingleton<KeyPointFlagging>();
        return services;
    }
}
