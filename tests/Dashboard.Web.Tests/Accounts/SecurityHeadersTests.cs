using System.Net;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Hosting;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Web.Tests.Accounts;

[Collection(AccountsCollection.Name)]
public sealed class SecurityHeadersTests(AccountsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/health")]
    [InlineData("/api/me")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(path, Ct);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy(new ImagesOptions()), policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
    }

    [Fact]
    public async Task Images_load_only_from_this_site_and_the_allowed_hosts()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/account/login", Ct);

        var directives = Assert.Single(response.Headers.GetValues("Content-Security-Policy")).Split(';', StringSplitOptions.TrimEntries);
        var images = Assert.Single(directives, d => d.StartsWith("img-src ", StringComparison.Ordinal)).Split(' ')[1..];
        Assert.Equal(["'self'", "data:", .. new ImagesOptions().Hosts().Select(h => $"https://{h}")], images);
        Assert.Contains("https://images.unsplash.com", images);
        Assert.DoesNotContain(images, source => source is "https:" or "http:" or "*" || source.Contains('*'));
    }

    [Fact]
    public async Task The_image_hosts_come_from_the_setting()
    {
        using var folder = TempFolder.Create();
        await using var storage = await TestStorage.CreateAsync(folder.File("dashboard.db"));
        await using var factory = new DashboardFactory(new TestAppOptions(storage, folder.Path) { Settings = new Dictionary<string, string> { ["Images:AllowedHosts"] = "cdn.example.test; Figures.Example.Test" } });
        using var client = factory.NewClient();

        using var response = await client.GetAsync("/health", Ct);

        Assert.Contains("img-src 'self' data: https://cdn.example.test https://figures.example.test;", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task The_sign_in_page_has_no_inline_script_the_policy_would_block()
    {
        using var client = app.NewClient();

        var page = await client.GetStringAsync("/account/login", Ct);

        Assert.DoesNotContain("<script>", page);
        Assert.DoesNotContain("importmap", page);
    }

    [Fact]
    public async Task The_blazor_hub_refuses_another_sites_origin()
    {
        using var client = app.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("http://localhost", "localhost", true)]
    [InlineData("https://review.example", "review.example", true)]
    [InlineData("https://review.example", "review.example:443", true)]
    [InlineData("http://127.0.0.1:5093", "127.0.0.1:5093", true)]
    [InlineData("http://[::1]:5093", "[::1]:5093", true)]
    [InlineData("http://127.0.0.1:5094", "127.0.0.1:5093", false)]
    [InlineData("https://evil.example", "review.example", false)]
    [InlineData("https://review.example.evil", "review.example", false)]
    [InlineData("null", "review.example", false)]
    [InlineData("file://", "review.example", false)]
    public void Origin_must_name_the_requested_host(string origin, string host, bool same)
    {
        Assert.Equal(same, SameOrigin.IsSameHost(origin, new HostString(host)));
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/posts/a?b=1#c", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("/\r\nLocation: x", false)]
    [InlineData("/\u3000/evil.example", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_local_return_urls_are_followed(string? url, bool local)
    {
        Assert.Equal(local, ReturnUrls.IsLocal(url));
    }
}
