using System.Net;
using System.Net.Sockets;

namespace BiasCompanion.Host.Ingestion.Fetching;

/// <summary>Which resolved addresses the fetcher may connect to. Checked after DNS, on every connection.</summary>
public static class AddressPolicy
{
    public enum Kind { Public, Loopback, NonPublic }

    public static Kind Classify(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return Kind.Loopback;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or >= 224 => Kind.NonPublic,                 // "this" network, private, multicast, reserved, broadcast
                100 when b[1] is >= 64 and <= 127 => Kind.NonPublic, // carrier-grade NAT
                169 when b[1] == 254 => Kind.NonPublic,              // link-local (cloud metadata)
                172 when b[1] is >= 16 and <= 31 => Kind.NonPublic,
                192 when b[1] == 168 => Kind.NonPublic,
                192 when b[1] == 0 && b[2] is 0 or 2 => Kind.NonPublic,
                198 when b[1] is 18 or 19 => Kind.NonPublic,         // benchmarking
                198 when b[1] == 51 && b[2] == 100 => Kind.NonPublic,
                203 when b[1] == 0 && b[2] == 113 => Kind.NonPublic,
                _ => Kind.Public,
            };
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any)) return Kind.NonPublic;
            if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal) return Kind.NonPublic;
            var b = address.GetAddressBytes();
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return Kind.NonPublic; // documentation
            if (b[0] == 0x00 && b.Take(12).All(x => x == 0)) return Kind.NonPublic; // IPv4-compatible ::a.b.c.d
            if (b[0] == 0x20 && b[1] == 0x02) return Classify(new IPAddress(b.AsSpan(2, 4))); // 6to4 wraps an IPv4
            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) return Classify(new IPAddress(b.AsSpan(12, 4))); // NAT64
            return Kind.Public;
        }
        return Kind.NonPublic;
    }

    public static bool IsAllowed(IPAddress address, FetchOptions options) => Classify(address) switch
    {
        Kind.Public => true,
        Kind.Loopback => options.AllowLoopback,
        _ => options.AllowPrivateNetworks,
    };
}
