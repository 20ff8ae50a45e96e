using System.Security.Cryptography;
using System.Text;

namespace BiasCompanion.Host.Security;

/// <summary>
/// The secret that lets a client other than the project's own extension use the local API. 160 random bits, shown
/// as a pairing code in groups of four (e.g. "K7QX-3M9D-..."), stored in the data folder readable by the user only.
/// </summary>
public sealed class PairingToken
{
    public const string FileName = "pairing-token";
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: easy to read and type

    private readonly string _path;
    private byte[] _normalized;

    private PairingToken(string path, string code)
    {
        _path = path;
        Code = code;
        _normalized = Encoding.ASCII.GetBytes(Normalize(code));
    }

    /// <summary>The code to show the user and to paste into the extension's options.</summary>
    public string Code { get; private set; }

    /// <summary>Loads the token of a data folder, creating it on first start (or when <paramref name="rotate"/>).</summary>
    public static PairingToken LoadOrCreate(string dataDir, bool rotate = false)
    {
        Directory.CreateDirectory(dataDir);
        var path = Path.Combine(dataDir, FileName);
        if (!rotate && File.Exists(path))
        {
            var stored = File.ReadAllText(path).Trim();
            if (Normalize(stored).Length >= 32) return new PairingToken(path, stored);
        }
        var token = new PairingToken(path, NewCode());
        token.Save();
        return token;
    }

    /// <summary>Replaces the code; every client must pair again.</summary>
    public void Rotate()
    {
        var code = NewCode();
        Code = code;
        _normalized = Encoding.ASCII.GetBytes(Normalize(code));
        Save();
    }

    /// <summary>Constant-time comparison, tolerant of case, spaces and dashes in what the user typed.</summary>
    public bool Matches(string? candidate)
    {
        if (string.IsNullOrEmpty(candidate) || candidate.Length > 256) return false;
        var given = Encoding.ASCII.GetBytes(Normalize(candidate));
        var expected = _normalized;
        return given.Length == expected.Length && CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private void Save()
    {
        var temp = _path + ".tmp";
        File.WriteAllText(temp, Code + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temp, _path, overwrite: true);
    }

    private static string NewCode()
    {
        Span<byte> random = stackalloc byte[32];
        RandomNumberGenerator.Fill(random);
        var chars = new StringBuilder();
        for (var i = 0; i < 32; i++) // 32 symbols × 5 bits = 160 bits
        {
            if (i > 0 && i % 4 == 0) chars.Append('-');
            chars.Append(Alphabet[random[i] & 31]);
        }
        return chars.ToString();
    }

    private static string Normalize(string code)
    {
        var builder = new StringBuilder(code.Length);
        foreach (var c in code)
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToUpperInvariant(c));
        return builder.ToString();
    }
}
