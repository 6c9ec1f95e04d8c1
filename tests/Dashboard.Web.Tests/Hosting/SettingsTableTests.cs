using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Web.Hosting;
using Dashboard.Web.Tests.TestSupport;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>The README's settings table, appsettings.json and the options classes say the same thing.</summary>
public partial class SettingsTableTests
{
    [Fact]
    public void Every_setting_in_code_or_appsettings_is_in_the_readme_table_and_nothing_else()
    {
        var documented = ReadmeKeys();
        var inCode = OptionsKeys().Concat(AppSettingsKeys()).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(inCode.Except(documented).Order());
        Assert.Empty(documented.Except(inCode).Order());
    }

    [Fact]
    public void Every_options_property_has_its_default_in_appsettings_json()
    {
        var inFile = AppSettingsKeys();

        Assert.Empty(OptionsKeys().Except(inFile).Order());
    }

    [Fact]
    public void The_readme_default_of_each_setting_matches_appsettings_json()
    {
        var defaults = ReadmeDefaults();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "appsettings.json")));
        foreach (var (key, value) in Leaves(json.RootElement, ""))
        {
            Assert.True(defaults.TryGetValue(key, out var documented), $"{key} is not in the README table");
            Assert.Equal(value, documented);
        }
    }

    [Fact]
    public void The_options_classes_are_found()
    {
        // Guards the reflection above: were it to find nothing, the first test would prove little.
        Assert.Contains("Seed:GeneratedPosts", OptionsKeys());
        Assert.Contains("Import:ChunkSize", OptionsKeys());
        Assert.Contains("Auth:LockoutMinutes", OptionsKeys());
        Assert.Contains("Checks:StaleDays", OptionsKeys());
    }

    // The web project's options classes and Core's (the checks' settings live beside the checks).
    private static HashSet<string> OptionsKeys() =>
        typeof(DatabaseOptions).Assembly.GetTypes().Concat(typeof(Dashboard.Core.Checks.CheckOptions).Assembly.GetTypes())
            .Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal) && t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true })
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.SetMethod!.IsPublic)
                .Select(p => $"{t.GetField("Section")!.GetRawConstantValue()}:{p.Name}"))
            .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> AppSettingsKeys()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "appsettings.json")));
        return Leaves(json.RootElement, "").Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<(string Key, string Value)> Leaves(JsonElement element, string prefix)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                foreach (var leaf in Leaves(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}"))
                {
                    yield return leaf;
                }
            }
        }
        else
        {
            yield return (prefix, element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText());
        }
    }

    private static HashSet<string> ReadmeKeys() => ReadmeDefaults().Keys.ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, string> ReadmeDefaults()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var start = readme.IndexOf("## Settings", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no Settings section");
        var end = readme.IndexOf("\n## ", start + 5, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];
        return TableRow().Matches(section).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\| `(?<key>[^`]+)` \| `(?<value>[^`]*)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
