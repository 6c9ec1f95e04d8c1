using System.Text.Json;
using Dashboard.Web.Tests.TestSupport;

namespace Dashboard.Web.Tests.Cli;

/// <summary>The <c>import</c> verb of the real program, run as a child process.</summary>
public class ImportCommandTests
{
    [Fact]
    public async Task Import_with_a_missing_path_exits_with_usage_error_2()
    {
        await using var db = await TestDatabase.CreateAsync();
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-folder-{Guid.NewGuid():N}");

        var result = await DashboardProcess.RunAsync(db.Storage, "import", missing, "--json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(missing, result.StandardError);
    }

    [Fact]
    public async Task Import_with_some_invalid_files_exits_1_and_prints_the_json_summary()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var folder = TempFolder.Create();
        foreach (var file in TestFiles.Generate(0, 3))
        {
            File.WriteAllBytes(folder.File(file.FileName), file.Content);
        }

        File.WriteAllBytes(folder.File("empty.txt"), []);
        File.WriteAllText(folder.File("truncated.txt"), TestFiles.SampleText[..(TestFiles.SampleText.Length / 2)]);

        var result = await DashboardProcess.RunAsync(db.Storage, "import", folder.Path, "--json", "--by", "ci");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;
        Assert.Equal(["imported", "updated", "unchanged", "conflicts", "failed", "joinedClusters", "errors", "checks"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal((3, 0, 0, 0, 2), (
            root.GetProperty("imported").GetInt32(),
            root.GetProperty("updated").GetInt32(),
            root.GetProperty("unchanged").GetInt32(),
            root.GetProperty("conflicts").GetInt32(),
            root.GetProperty("failed").GetInt32()));
        var errors = root.GetProperty("errors").EnumerateArray().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, error =>
        {
            Assert.Equal(["file", "line", "message"], error.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.Number, error.GetProperty("line").ValueKind);
            Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        });
        Assert.Equal(
            [folder.File("empty.txt"), folder.File("truncated.txt")],
            errors.Select(e => e.GetProperty("file").GetString()).Distinct().Order());
    }

    [Fact]
    public async Task Import_with_a_source_id_too_long_for_its_column_prints_the_json_naming_file_and_line_and_stores_the_rest()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var folder = TempFolder.Create();
        File.WriteAllText(folder.File("a-good.txt"), TestFiles.SampleText);
        var tooLong = TestFiles.ReplaceLine(TestFiles.SampleText, "  • source id:", "  • source id: " + new string('a', Dashboard.Core.Format.FieldLimits.SourceId + 1));
        File.WriteAllText(folder.File("b-long-id.txt"), tooLong);

        var result = await DashboardProcess.RunAsync(db.Storage, "import", folder.Path, "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal((1, 1), (json.RootElement.GetProperty("imported").GetInt32(), json.RootElement.GetProperty("failed").GetInt32()));
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(folder.File("b-long-id.txt"), error.GetProperty("file").GetString());
        Assert.Equal(Array.FindIndex(tooLong.Split('\n'), l => l.StartsWith("  • source id:", StringComparison.Ordinal)) + 1, error.GetProperty("line").GetInt32());
        Assert.Equal(1, db.Storage.Scalar("SELECT count(*) FROM \"Posts\""));
        Assert.Equal(1, db.Storage.Scalar("SELECT count(*) FROM \"ImportBatches\" WHERE \"FinishedAtUtc\" IS NOT NULL"));
    }

    [Fact]
    public async Task Import_of_valid_files_exits_0()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var folder = TempFolder.Create();
        File.WriteAllText(folder.File("sample.txt"), TestFiles.SampleText);

        var result = await DashboardProcess.RunAsync(db.Storage, "import", folder.File("sample.txt"), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal(1, json.RootElement.GetProperty("imported").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("errors").EnumerateArray());
    }
}
