using BiasCompanion.Host.Api;
using BiasCompanion.Host.Cli;
using BiasCompanion.Host.History;
using BiasCompanion.Host.Hosting;
using BiasCompanion.Host.Ingestion;
using BiasCompanion.Host.Outlets;
using BiasCompanion.Host.Security;

if (CliRouter.IsCommand(args))
    return await CliRouter.RunAsync(args);

var rotatePairingCode = args.Contains(SecuritySetup.NewPairingCodeSwitch);
args = args.Where(a => a != SecuritySetup.NewPairingCodeSwitch).ToArray();

var builder = WebApplication.CreateBuilder(args);
builder.AddBiasCompanionConfiguration(args);
builder.ListenOnConfiguredLoopbackPort();
builder.AddBiasCompanionServices(rotatePairingCode);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<LocalApiGuard>();
app.UseRateLimiter();

app.MapOpenApi();
app.MapOwnPages();
app.MapPairingApi();
app.MapHealthApi();
app.MapCoverageApi();
app.MapKeyPointFlagsApi();
app.MapOutletsApi();
app.MapFeedsApi();
app.MapHistoryApi();
app.MapHub<CoverageHub>(CoverageHub.Path);

app.WarnIfExposed();
app.PrintPairingBannerOnStart();
app.Run();
return 0;

public partial class Program;
