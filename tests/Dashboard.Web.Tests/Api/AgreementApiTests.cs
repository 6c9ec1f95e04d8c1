using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary><c>GET /api/agreement</c> and the disagreements list: leads only, the period named, the figures with their posts.</summary>
[Collection(ApiCollection.Name)]
public sealed class AgreementApiTests(ApiApp app)
{
    [Fact]
    public async Task A_lead_reads_kappa_per_pair_with_its_posts_and_an_editor_is_refused()
    {
        // Two reviewers of this test's own: one agreeing approval, one approve against reject.
        var (ann, bob) = ($"ann-{Guid.NewGuid():N}", $"bob-{Guid.NewGuid():N}");
        var agreed = await app.NewPostAsync();
        var disagreed = await app.NewPostAsync();
        await using (var db = app.CreateContext())
        {
            var now = DateTime.UtcNow;
            long IdOf(string sourceId) => db.Posts.Single(p => p.SourceId == sourceId).Id;
            db.Set<DoubleReviewRound>().AddRange(
                new DoubleReviewRound { PostId = IdOf(agreed), FirstReviewer = ann, FirstVerdict = "approve", FirstAtUtc = now, SecondReviewer = bob, SecondVerdict = "approve", SecondAtUtc = now, Disagreed = false, ClosedAtUtc = now },
                new DoubleReviewRound { PostId = IdOf(disagreed), FirstReviewer = bob, FirstVerdict = "reject: unsafe", FirstNote = "bob's note", FirstAtUtc = now, SecondReviewer = ann, SecondVerdict = "approve", SecondAtUtc = now, Disagreed = true });
            await db.SaveChangesAsync(Ct);
        }

        using var response = await app.Client(Caller.Lead).GetAsync("/api/agreement?period=24h", Ct);
        using var disagreements = await app.Client(Caller.Lead).GetAsync("/api/double-reviews/disagreements", Ct);
        using var editor = await app.Client(Caller.Editor).GetAsync("/api/agreement", Ct);
        using var badPeriod = await app.Client(Caller.Lead).GetAsync("/api/agreement?period=week", Ct);

        await AssertStatusAsync(response, 200);
        var answer = await JsonOf(response);
        Assert.Equal("24h", answer.GetProperty("period").GetString());
        var pair = answer.GetProperty("pairs").EnumerateArray().Single(p => p.GetProperty("raterA").GetString() == ann);
        Assert.Equal(bob, pair.GetProperty("raterB").GetString());
        // ann approves twice, bob approves once and rejects once: p_o = 1/2, p_e = 1 * 1/2, kappa = 0.
        Assert.Equal(2, pair.GetProperty("kappa").GetProperty("items").GetInt32());
        Assert.Equal(0.0, pair.GetProperty("kappa").GetProperty("value").GetDouble(), 10);
        await AssertStatusAsync(disagreements, 200);
        var listed = (await JsonOf(disagreements)).EnumerateArray().Single(d => d.GetProperty("sourceId").GetString() == disagreed);
        Assert.Equal(("reject: unsafe", "bob's note"), (listed.GetProperty("firstVerdict").GetString(), listed.GetProperty("firstNote").GetString()));
        await ProblemOf(editor, 403);
        Assert.Contains("24h, 7d, 30d, all", (await ProblemOf(badPeriod, 400)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_agreement_figures()
    {
        var document = await app.NewClient().GetStringAsync("/openapi/v1.json", Ct);

        Assert.Contains("\"/api/agreement\"", document);
        Assert.Contains("\"/api/double-reviews/disagreements\"", document);
        Assert.Contains("AgreementAnswer", document);
    }
}
