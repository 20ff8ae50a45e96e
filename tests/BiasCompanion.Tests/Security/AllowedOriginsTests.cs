using BiasCompanion.Host.Security;

namespace BiasCompanion.Tests.Security;

public class AllowedOriginsTests
{
    [Theory]
    [InlineData("chrome-extension://abcdefghijklmnopabcdefghijklmnop", "chrome-extension://abcdefghijklmnopabcdefghijklmnop")]
    [InlineData("moz-extension://0f6c1a3e-9d2b-4c55-8e1a-6b7f2d9c0a11", "moz-extension://0f6c1a3e-9d2b-4c55-8e1a-6b7f2d9c0a11")]
    [InlineData("CHROME-EXTENSION://ABCDEFGHIJKLMNOPABCDEFGHIJKLMNOP", "chrome-extension://abcdefghijklmnopabcdefghijklmnop")]
    public void Extension_origins_normalise(string origin, string expected)
    {
        Assert.True(AllowedOrigins.TryNormalize(origin, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://127.0.0.1:5780")]
    [InlineData("null")]
    [InlineData("chrome-extension://short")]
    [InlineData("chrome-extension://abcdefghijklmnopabcdefghijklmnop/path")]
    [InlineData("file:///etc/passwd")]
    public void Web_and_malformed_origins_are_not_extension_origins(string origin) =>
        Assert.False(AllowedOrigins.TryNormalize(origin, out _));
}
