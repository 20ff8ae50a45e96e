using BiasCompanion.Host.Api;
using BiasCompanion.Host.Cli;
using BiasCompanion.Host.Extraction;
using BiasCompanion.Host.Hosting;
using BiasCompanion.Host.Storage;

if (CliRouter.IsCommand(args))
    return await CliRouter.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddBiasCompanionConfiguration(args);
builder.ListenOnConfiguredLoopbackPort();

builder.Services.AddOpenApi();
builder.Services.AddStorage();
builder.Services.AddExtraction();

var app = builder.Build();

app.MapOpenApi();
app.MapHealthApi();

app.Run();
return 0;

public partial class Program;
