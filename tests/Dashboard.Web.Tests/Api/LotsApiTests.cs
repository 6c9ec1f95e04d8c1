using System.Text.Json;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Review;
using Microsoft.EntityFrameworkCore;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary>/api/lots: plan a lot, read its state and sample, accept it; in the OpenAPI document.</summary>
[Collection(ApiCollection.Name)]
public sealed class LotsApiTests(ApiApp app)
{
    [Fact]
    public async Task A_lead_plans_a_batch_reads_its_sample_and_accepts_it_once_the_sample_is_decided()
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.InReview);
        long batchId;
        await using (var db = app.CreateContext())
        {
            batchId = (await db.Posts.SingleAsync(p => p.SourceId == sourceId, Ct)).LastImportBatchId!.Value;
        }

        using (var editor = await app.Client(Caller.Editor).SendAsync(Json(HttpMethod.Post, "/api/lots", new { importBatchId = batchId, aql = 1.0 }), Ct))
        {
            await AssertStatusAsync(editor, 403);
        }

        using var planned = await app.Client(Caller.Lead).SendAsync(Json(HttpMethod.Post, "/api/lots", new { importBatchId = batchId, aql = 1.0, seed = 9 }), Ct);
        await AssertStatusAsync(planned, 201);
        var lot = JsonDocument.Parse(await planned.Content.ReadAsStringAsync(Ct)).RootElement;
        var id = lot.GetProperty("id").GetInt64();
        Assert.Equal("sampling", lot.GetProperty("state").GetString());
        Assert.Equal(1, lot.GetProperty("plan").GetProperty("sampleSize").GetInt32());
        Assert.Equal(0, lot.GetProperty("plan").GetProperty("acceptance").GetInt32());
        Assert.Equal(9, lot.GetProperty("seed").GetInt64());
        Assert.Equal(sourceId, lot.GetProperty("sample")[0].GetProperty("sourceId").GetString());

        using (var early = await app.Client(Caller.Lead).PostAsync($"/api/lots/{id}/accept", null, Ct))
        {
            await AssertStatusAsync(early, 422);
        }

        var approved = await app.Get<ReviewService>().ApproveAsync(sourceId, await app.RowVersionAsync(sourceId), new Reviewer("lee.lead", Role.Lead), Ct);
        Assert.True(approved.Succeeded, approved.Message);
        using var accepted = await app.Client(Caller.Lead).PostAsync($"/api/lots/{id}/accept", null, Ct);
        await AssertStatusAsync(accepted, 200);

        using var read = await app.Client(Caller.Editor).GetAsync($"/api/lots/{id}", Ct);
        var after = JsonDocument.Parse(await read.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("accepted", after.GetProperty("state").GetString());
        Assert.True(after.GetProperty("sample")[0].GetProperty("decided").GetBoolean());
        Assert.Equal(0.0, after.GetProperty("defectRate").GetProperty("rate").GetDouble());
    }

    [Fact]
    public async Task The_lot_operations_are_in_the_openapi_document()
    {
        var document = await app.Client(Caller.Anonymous).GetStringAsync("/openapi/v1.json", Ct);

        foreach (var operation in new[] { "PlanLot", "ListLots", "GetLot", "AcceptLot", "RejectLot" })
        {
            Assert.Contains($"\"operationId\": \"{operation}\"", document);
        }
    }
}
