using System.Text;

namespace BiasCompanion.Tests.Hardening;

/// <summary>Seeded mutations of byte inputs: truncation, random bytes, deep nesting, huge attributes, broken encodings.</summary>
/// <param name="maxRepeat">The most times a nesting opener is repeated; huge attributes get up to 50 × that many characters.</param>
public sealed class FuzzMutator(int seed, int maxRepeat)
{
    private const int MaxBytes = 3 * 1024 * 1024;
    private static readonly string[] Charsets = ["utf-8", "utf-16", "utf-16be", "utf-32", "shift_jis", "iso-8859-1", "windows-1251", "koi8-r", "utf-7", "bogus", "", "x-\0-evil"];
    private static readonly string[] Openers = ["<div>", "<b>", "<span><a>", "<item>", "<entry><content>", "<table><tr><td>", "<![CDATA[", "<!--", "{\"a\":[", "<svg><g>"];
    private readonly Random _random = new(seed);
    private readonly List<string> _steps = [];

    /// <summary>The mutations that made the last input, e.g. "nest&lt;div&gt;+truncate" (for progress and failure reports).</summary>
    public string LastKind => string.Join('+', _steps);

    public string? Charset() => _random.Next(3) == 0 ? Charsets[_random.Next(Charsets.Length)] : null;

    public byte[] Next(byte[] seedInput)
    {
        _steps.Clear();
        if (_random.Next(20) == 0)
        {
            _steps.Add("random");
            return RandomBytes(_random.Next(0, 8192));
        }
        var data = seedInput;
        var steps = _random.Next(1, 4);
        for (var i = 0; i < steps; i++) data = Mutate(data);
        return data.Length > MaxBytes ? data[..MaxBytes] : data;
    }

    private byte[] Mutate(byte[] data)
    {
        var choice = _random.Next(10);
        _steps.Add(choice switch
        {
            0 => "truncate", 1 => "flip", 2 => "random-insert", 3 => "delete", 4 => "duplicate", 5 => "nest", 6 => "huge-attribute",
            7 => "broken-encoding", 8 => "utf16-bom", _ => "token",
        });
        switch (choice)
        {
            case 0: return data[..(data.Length == 0 ? 0 : _random.Next(data.Length))];
            case 1: return Flip(data);
            case 2: return Insert(data, RandomBytes(_random.Next(1, 64)));
            case 3: return Delete(data);
            case 4: return Duplicate(data);
            case 5:
                var opener = Openers[_random.Next(Openers.Length)];
                _steps[^1] = "nest" + opener;
                return Insert(data, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(opener, _random.Next(100, maxRepeat)))));
            case 6: return Insert(data, Encoding.UTF8.GetBytes($"<a href=\"{new string((char)_random.Next('a', 'z'), _random.Next(1000, 50 * maxRepeat))}\" x=\"y\">"));
            case 7: return Insert(data, BrokenEncoding());
            case 8: return Encoding.BigEndianUnicode.GetPreamble().Concat(data).ToArray();
            default: return Insert(data, Encoding.UTF8.GetBytes(Tokens[_random.Next(Tokens.Length)]));
        }
    }

    private static readonly string[] Tokens =
    [
        "<", ">", "</", "&", "&#", "&#x110000;", "&#0;", "]]>", "\"", "'", "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "<meta charset=\"utf-16\">",
        "<html>", "</body>", "<script>", "</script>", "<style>", "<!DOCTYPE html>", "<title>", "<link rel=canonical href=>",
        "<meta property=\"article:published_time\" content=\"0000-13-45T99:99\">", "{", "}", "\"items\":", "null", "\u0000", "\uFFFF", "\uD800",
    ];

    private byte[] BrokenEncoding() => _random.Next(5) switch
    {
        0 => [0xC3, 0x28],
        1 => [0xED, 0xA0, 0x80],
        2 => [0xFF, 0xFE, 0x00],
        3 => [0xF4, 0x90, 0x80, 0x80],
        _ => RandomBytes(_random.Next(1, 16)).Select(b => (byte)(b | 0x80)).ToArray(),
    };

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private byte[] Flip(byte[] data)
    {
        if (data.Length == 0) return data;
        var copy = (byte[])data.Clone();
        for (var i = _random.Next(1, 20); i > 0; i--) copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        return copy;
    }

    private byte[] Insert(byte[] data, byte[] piece)
    {
        var at = _random.Next(data.Length + 1);
        return [.. data.AsSpan(0, at), .. piece, .. data.AsSpan(at)];
    }

    private byte[] Delete(byte[] data)
    {
        if (data.Length < 2) return data;
        var from = _random.Next(data.Length);
        var length = _random.Next(1, data.Length - from + 1);
        return [.. data.AsSpan(0, from), .. data.AsSpan(from + length)];
    }

    private byte[] Duplicate(byte[] data)
    {
        if (data.Length < 2) return data;
        var from = _random.Next(data.Length);
        var piece = data.AsSpan(from, _random.Next(1, Math.Min(4096, data.Length - from) + 1)).ToArray();
        var copies = _random.Next(2, 200);
        return Insert(data, Enumerable.Range(0, copies).SelectMany(_ => piece).ToArray());
    }
}
