using System.Globalization;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace BiasCompanion.Tests.Infrastructure;

/// <summary>Which addresses a TCP port listens on, from the kernel's socket tables (Linux /proc/net/tcp and tcp6).</summary>
public static class ListeningSockets
{
    private const string Listen = "0A";

    /// <summary>The local addresses of the sockets listening on the port (0.0.0.0 or :: when bound to all).</summary>
    public static IReadOnlyList<IPAddress> BoundAddresses(int port)
    {
        var found = new List<IPAddress>();
        foreach (var (table, v6) in new[] { ("/proc/net/tcp", false), ("/proc/net/tcp6", true) })
        {
            if (!File.Exists(table)) continue;
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length < 4 || fields[3] != Listen) continue;
                var local = fields[1].Split(':');
                if (int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) != port) continue;
                found.Add(Parse(local[0], v6));
            }
        }
        return found;
    }

    /// <summary>This machine's addresses that are not loopback (those a neighbour on the network could try).</summary>
    public static IReadOnlyList<IPAddress> NonLoopbackAddresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(u => u.Address)
            .Where(a => !IPAddress.IsLoopback(a) && a.AddressFamily == AddressFamily.InterNetwork)
            .Distinct()
            .ToList();

    /// <summary>The kernel prints each 32-bit word of the address in host (little-endian) byte order.</summary>
    private static IPAddress Parse(string hex, bool v6)
    {
        var bytes = Convert.FromHexString(hex);
        for (var word = 0; word < bytes.Length; word += 4) Array.Reverse(bytes, word, 4);
        var address = new IPAddress(bytes);
        return v6 && address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
    }
}
