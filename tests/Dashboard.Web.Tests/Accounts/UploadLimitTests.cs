using System.Net;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Web.Tests.Accounts;

public sealed class UploadLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_upload_over_Import_MaxUploadBytes_gets_413_and_one_under_it_goes_through()
    {
        // Kestrel, not the in-memory server: the body size limit is Kestrel's to enforce.
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Configuration["Import:MaxUploadBytes"] = "4096";
        builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section);
        await using var app = builder.Build();
        app.MapPost("/api/imports", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            return Results.Ok(body.Length);
        }).WithImportUploadLimit();
        app.MapPost("/api/form", async (HttpRequest request) => Results.Ok((await request.ReadFormAsync()).Files.Sum(f => f.Length)))
            .WithImportUploadLimit();
        await app.StartAsync(Ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var small = await client.PostAsync("/api/imports", new ByteArrayContent(new byte[4000]), Ct);
        using var large = await client.SendAsync(ExpectingContinue("/api/imports", new ByteArrayContent(new byte[5000])), Ct);
        using var largeForm = await client.SendAsync(
            ExpectingContinue("/api/form", new MultipartFormDataContent { { new ByteArrayContent(new byte[8000]), "file", "big.txt" } }), Ct);

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, largeForm.StatusCode);
        await app.StopAsync(Ct);
    }

    // The oversized bodies wait for the server's go-ahead (Expect: 100-continue, as command-line
    // clients send large bodies): the 413 then arrives before the body is sent, instead of racing
    // the client's writes against the server closing the connection (seen once as a broken pipe).
    private static HttpRequestMessage ExpectingContinue(string path, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.ExpectContinue = true;
        return request;
    }
}
