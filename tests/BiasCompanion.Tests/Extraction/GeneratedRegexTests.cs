using System.Reflection;
using System.Text.RegularExpressions;
using BiasCompanion.Host.Extraction;

namespace BiasCompanion.Tests.Extraction;

/// <summary>
/// The source generator quietly falls back to a plain, interpreted <see cref="Regex"/> for a pattern it cannot compile
/// (a case-insensitive backreference did it to the text-date pattern, which then cost a sixth of a small page's time).
/// </summary>
public sealed class GeneratedRegexTests
{
    public static TheoryData<string> GeneratedRegexMethods()
    {
        var data = new TheoryData<string>();
        foreach (var method in GeneratedRegexMethodsOf(typeof(ArticleExtractor).Assembly))
            data.Add($"{method.DeclaringType!.FullName}.{method.Name}");
        return data;
    }

    [Fact]
    public void TheHostDeclaresGeneratedRegexes() => Assert.True(GeneratedRegexMethods().Count > 20);

    [Theory]
    [MemberData(nameof(GeneratedRegexMethods))]
    public void EveryGeneratedRegexHasGeneratedCode(string name)
    {
        var method = GeneratedRegexMethodsOf(typeof(ArticleExtractor).Assembly).Single(m => $"{m.DeclaringType!.FullName}.{m.Name}" == name);
        var regex = (Regex)method.Invoke(null, null)!;
        Assert.NotEqual(typeof(Regex), regex.GetType());
    }

    private static IEnumerable<MethodInfo> GeneratedRegexMethodsOf(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null && m.GetParameters().Length == 0);
}
