using System.Net;
using Dashboard.Core.Review;
using Dashboard.Web.Hosting;
using Dashboard.Web.Tests.Accounts;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>
/// The Host header is the client's to write: a redirect built from it sends the browser (or a
/// cache's next visitor) wherever the forger chose. Every redirect the app issues is relative.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class ForgedHostTests(AccountsApp app)
{
    private const string ForgedHost = "evil.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/queue")]
    [InlineData("/posts/some-post?tab=history")]
    public async Task The_redirect_to_sign_in_is_relative(string path)
    {
        using var client = ForgedClient();

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertRelative(response);
        Assert.StartsWith("/account/login?ReturnUrl=", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_redirect_after_signing_in_is_relative()
    {
        var email = await app.NewAccountAsync(Roles.Editor);
        using var client = ForgedClient();

        using var signIn = await LoginForm.SubmitAsync(client, email, AccountsApp.Password, returnUrl: "/queue");

        Assert.True(LoginForm.SignedIn(signIn), $"{(int)signIn.StatusCode} {await LoginForm.ErrorAsync(signIn)}");
        AssertRelative(signIn);
        Assert.Equal("/queue", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_redirect_to_access_denied_is_relative()
    {
        var email = await app.NewAccountAsync(Roles.Editor);
        using var client = ForgedClient();
        using var signIn = await LoginForm.SubmitAsync(client, email, AccountsApp.Password);
        Assert.True(LoginForm.SignedIn(signIn), await LoginForm.ErrorAsync(signIn));

        using var response = await client.GetAsync("/admin/accounts", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertRelative(response);
        Assert.StartsWith("/account/denied", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("http://evil.example/account/login?ReturnUrl=%2Fq", "/account/login?ReturnUrl=%2Fq")]
    [InlineData("http://EVIL.example:80/queue#top", "/queue#top")]
    [InlineData("http://evil.example//other.example/x", "/other.example/x")]
    [InlineData("https://evil.example/queue", null)]
    [InlineData("http://evil.example:8080/queue", null)]
    [InlineData("http://other.example/queue", null)]
    [InlineData("/queue", null)]
    public void Only_a_redirect_to_the_requests_own_scheme_and_host_is_made_relative(string location, string? relative)
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString(ForgedHost);

        Assert.Equal(relative, ReverseProxy.Relative(request, location));
    }

    // The in-memory server takes the request's host from the address the client calls.
    private HttpClient ForgedClient()
    {
        var client = app.NewClient();
        client.BaseAddress = new Uri($"http://{ForgedHost}/");
        return client;
    }

    private static void AssertRelative(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        Assert.NotNull(location);
        Assert.False(location.IsAbsoluteUri, $"Location is absolute: {location}");
        Assert.DoesNotContain(ForgedHost, location.OriginalString, StringComparison.OrdinalIgnoreCase);
    }
}
