using BiasCompanion.Host.Api;
using BiasCompanion.Host.Cli;
using BiasCompanion.Host.Coverage;
using BiasCompanion.Host.History;
using BiasCompanion.Host.Hosting;
using BiasCompanion.Host.Security;
using BiasCompanion.Host.Storage;

if (CliRouter.IsCommand(args))
    return await CliRouter.RunAsync(args);

var rotatePairingCode = args.Contains(SecuritySetup.NewPairingCodeSwitch);
args = args.Where(a => a != SecuritySetup.NewPairingCodeSwitch).ToArray();

var builder = WebApplication.CreateBuilder(args);
builder.AddBiasCompanionConfiguration(args);
builder.ListenOnConfiguredLoopbackPort();

builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddStorage();
builder.Services.AddLocalApiSecurity(builder.Configuration, rotatePairingCode);
builder.Services.AddApiRateLimits(builder.Configuration);
builder.Services.AddCoverage(builder.Configuration);
builder.Services.AddCoverageHub(builder.Configuration);
builder.Services.AddSingleton<ReadingHistory>();

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
app.MapHub<CoverageHub>(CoverageHub.Path);

app.WarnIfExposed();
app.PrintPairingBannerOnStart();
app.Run();
return 0;

public partial class Program;
