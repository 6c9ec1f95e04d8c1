using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Tests.Accounts;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>
/// Behind a reverse proxy that ends TLS, the app sees plain HTTP: it believes the proxy's
/// X-Forwarded-Proto only from the addresses in <c>Proxy:KnownProxies</c>, and then marks the
/// session cookie Secure and sends HSTS. Kestrel on loopback, so the request has a real client address.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string PublicHost = "dashboard.example.test";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.20.30.40; 127.0.0.0/8", true)]
    [InlineData("10.20.30.40", false)]
    [InlineData("", false)]
    public async Task Https_forwarded_by_a_known_proxy_gives_a_secure_cookie_and_hsts(string knownProxies, bool believed)
    {
        using var folder = TempFolder.Create();
        await using var storage = await TestStorage.CreateAsync(folder.File("dashboard.db"));
        await using var factory = new DashboardFactory(new TestAppOptions(storage, folder.Path) { Environment = Environments.Production, Settings = new Dictionary<string, string> { ["Proxy:KnownProxies"] = knownProxies } });
        factory.UseKestrel(0);
        factory.StartServer();
        var email = $"editor-{Guid.NewGuid():N}@example.test";
        var created = await factory.Services.GetRequiredService<AccountService>().CreateAsync(email, AccountsApp.Password, Roles.Editor, AccountService.CommandLine);
        Assert.True(created.Succeeded, created.Message);
        using var client = ThroughProxy(factory);

        using var page = await client.GetAsync("/account/login", Ct);
        using var signIn = await LoginForm.SubmitAsync(client, email, AccountsApp.Password);

        Assert.True(LoginForm.SignedIn(signIn), $"{(int)signIn.StatusCode} {await LoginForm.ErrorAsync(signIn)}");
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(LoginForm.SessionCookie, StringComparison.Ordinal));
        Assert.Equal(believed, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(believed, page.Headers.Contains("Strict-Transport-Security"));
    }

    // What the README's proxy sends: the public host, and the scheme the browser used.
    private static HttpClient ThroughProxy(DashboardFactory factory)
    {
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
        };
        client.DefaultRequestHeaders.Host = PublicHost;
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        return client;
    }
}
