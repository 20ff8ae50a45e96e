namespace BiasCompanion.Host.Coverage.Summary;

/// <summary>
/// Settings under "BiasCompanion:Summary": an optional generative summary from a local LLM server with an
/// OpenAI-compatible chat endpoint (llama.cpp, Ollama, ...). Off by default; the endpoint must be on this machine.
/// </summary>
public sealed class SummaryOptions
{
    public const string Section = "BiasCompanion:Summary";

    public bool Enabled { get; set; }

    /// <summary>e.g. http://127.0.0.1:11434/v1/chat/completions (Ollama) or http://127.0.0.1:8080/v1/chat/completions (llama.cpp).</summary>
    public string Endpoint { get; set; } = "";

    public string Model { get; set; } = "";
    public int TimeoutSeconds { get; set; } = 60;
    public int MaxTokens { get; set; } = 400;
    public int MaxResponseBytes { get; set; } = 256 * 1024;
}
