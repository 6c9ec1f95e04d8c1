using System.Net.Http.Headers;
using Dashboard.Web.Tests.TestSupport;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary>POST /api/imports: files as multipart/form-data, the summary in the CLI's JSON shape.</summary>
[Collection(ApiCollection.Name)]
public sealed class ImportsApiTests(ApiApp app)
{
    [Fact]
    public async Task Two_files_one_truncated_import_one_and_name_the_failed_file()
    {
        var sourceId = ApiApp.NewSourceId();
        var text = ApiApp.PostText(sourceId);
        using var content = Files(("good.txt", text), ("truncated.txt", ApiApp.PostText(ApiApp.NewSourceId())[..(text.Length / 2)]));

        using var response = await app.Client(Caller.Editor).PostAsync("/api/imports", content, Ct);

        await AssertStatusAsync(response, 200);
        var summary = await JsonOf(response);
        Assert.Equal(["imported", "updated", "unchanged", "conflicts", "failed", "joinedClusters", "errors", "checks"], summary.EnumerateObject().Select(p => p.Name));
        Assert.Equal((1, 0, 0, 0, 1), (
            summary.GetProperty("imported").GetInt32(),
            summary.GetProperty("updated").GetInt32(),
            summary.GetProperty("unchanged").GetInt32(),
            summary.GetProperty("conflicts").GetInt32(),
            summary.GetProperty("failed").GetInt32()));
        var errors = summary.GetProperty("errors").EnumerateArray().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.Equal(["file", "line", "message"], e.EnumerateObject().Select(p => p.Name));
            Assert.Equal("truncated.txt", e.GetProperty("file").GetString());
        });
        Assert.Equal("drafted", await app.StatusAsync(sourceId));
    }

    [Fact]
    public async Task A_file_with_a_source_id_too_long_for_its_column_fails_by_line_in_the_json_summary_and_the_other_is_stored()
    {
        var sourceId = ApiApp.NewSourceId();
        var tooLong = ApiApp.PostText(new string('a', Dashboard.Core.Format.FieldLimits.SourceId + 1));
        using var content = Files(("good.txt", ApiApp.PostText(sourceId)), ("long-id.txt", tooLong));

        using var response = await app.Client(Caller.Editor).PostAsync("/api/imports", content, Ct);

        await AssertStatusAsync(response, 200);
        var summary = await JsonOf(response);
        Assert.Equal((1, 1), (summary.GetProperty("imported").GetInt32(), summary.GetProperty("failed").GetInt32()));
        var error = Assert.Single(summary.GetProperty("errors").EnumerateArray());
        Assert.Equal("long-id.txt", error.GetProperty("file").GetString());
        Assert.Equal(Array.FindIndex(tooLong.Split('\n'), l => l.StartsWith("  • source id:", StringComparison.Ordinal)) + 1, error.GetProperty("line").GetInt32());
        Assert.Contains("source id", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("drafted", await app.StatusAsync(sourceId));
    }

    [Fact]
    public async Task The_batch_is_recorded_as_an_api_upload_by_the_caller()
    {
        var sourceId = ApiApp.NewSourceId();
        using var content = Files(($"{sourceId}.txt", ApiApp.PostText(sourceId)));

        using var response = await app.Client(Caller.Token).PostAsync("/api/imports", content, Ct);

        await AssertStatusAsync(response, 200);
        await using var db = app.CreateContext();
        var batch = db.ImportBatches.OrderByDescending(b => b.Id).First(b => db.Posts.Any(p => p.SourceId == sourceId && p.LastImportBatchId == b.Id));
        Assert.Equal(("api upload", $"token:{ApiApp.IndexerTokenName}"), (batch.Origin, batch.ImportedBy));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_fails_by_name()
    {
        var big = new string('x', 4 * 1024 * 1024 + 1);
        using var content = Files(("huge.txt", big));

        using var response = await app.Client(Caller.Editor).PostAsync("/api/imports", content, Ct);

        await AssertStatusAsync(response, 200);
        var summary = await JsonOf(response);
        Assert.Equal(1, summary.GetProperty("failed").GetInt32());
        var error = Assert.Single(summary.GetProperty("errors").EnumerateArray());
        Assert.Equal("huge.txt", error.GetProperty("file").GetString());
        Assert.Contains("Import:MaxFileBytes", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_request_without_files_is_a_400_problem()
    {
        using var content = new MultipartFormDataContent { { new StringContent("just a field"), "comment" } };

        using var response = await app.Client(Caller.Editor).PostAsync("/api/imports", content, Ct);

        await ProblemOf(response, 400);
    }

    [Fact]
    public async Task A_request_that_is_not_multipart_is_a_415_problem()
    {
        using var content = new StringContent(TestFiles.SampleText, new MediaTypeHeaderValue("text/plain"));

        using var response = await app.Client(Caller.Editor).PostAsync("/api/imports", content, Ct);

        await ProblemOf(response, 415);
    }
}
