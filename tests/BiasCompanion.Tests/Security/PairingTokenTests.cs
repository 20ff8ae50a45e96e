using BiasCompanion.Host.Security;
using BiasCompanion.Tests.Infrastructure;

namespace BiasCompanion.Tests.Security;

public class PairingTokenTests
{
    [Fact]
    public void First_start_creates_a_user_only_file_with_at_least_128_random_bits_and_later_starts_reuse_it()
    {
        using var dir = new TempDataDir();
        var first = PairingToken.LoadOrCreate(dir.Path);
        var again = PairingToken.LoadOrCreate(dir.Path);

        Assert.Equal(first.Code, again.Code);
        var symbols = first.Code.Count(char.IsAsciiLetterOrDigit);
        Assert.True(symbols * 5 >= 128, $"{symbols} symbols of 5 bits");
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(Path.Combine(dir.Path, PairingToken.FileName));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        }
    }

    [Fact]
    public void Two_data_folders_get_different_codes()
    {
        using var a = new TempDataDir();
        using var b = new TempDataDir();
        Assert.NotEqual(PairingToken.LoadOrCreate(a.Path).Code, PairingToken.LoadOrCreate(b.Path).Code);
    }

    [Fact]
    public void Matches_tolerates_case_spaces_and_dashes_but_nothing_else()
    {
        using var dir = new TempDataDir();
        var token = PairingToken.LoadOrCreate(dir.Path);
        var typed = " " + token.Code.Replace("-", " ").ToLowerInvariant() + " ";

        Assert.True(token.Matches(token.Code));
        Assert.True(token.Matches(typed));
        Assert.False(token.Matches(token.Code[..^1]));
        Assert.False(token.Matches(token.Code[..^1] + (token.Code[^1] == 'A' ? 'B' : 'A')));
        Assert.False(token.Matches(""));
        Assert.False(token.Matches(null));
    }

    [Fact]
    public void Rotation_replaces_the_code_on_disk_and_refuses_the_old_one()
    {
        using var dir = new TempDataDir();
        var token = PairingToken.LoadOrCreate(dir.Path);
        var old = token.Code;

        token.Rotate();

        Assert.False(token.Matches(old));
        Assert.Equal(token.Code, PairingToken.LoadOrCreate(dir.Path).Code);
        Assert.NotEqual(old, PairingToken.LoadOrCreate(dir.Path, rotate: true).Code);
    }
}
