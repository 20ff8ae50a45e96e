using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Security;

public class ListenAddressTests
{
    [Fact]
    public void A_non_loopback_address_is_refused_without_the_explicit_option()
    {
        using var host = new KestrelHostFactory();
        host.With("BiasCompanion:ListenAddress", "0.0.0.0");

        var error = Assert.ThrowsAny<Exception>(() => host.Address);
        Assert.Contains("AllowNonLoopback", error.ToString());
    }
}
