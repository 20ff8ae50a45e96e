namespace BiasCompanion.Tests.Infrastructure;

/// <summary>A running host the API attack tests aim at: where it listens, its pairing code, the extension it trusts.</summary>
public interface ILocalApiTarget
{
    Uri Address { get; }
    string PairingCode { get; }
    string OwnExtensionId { get; }
}
