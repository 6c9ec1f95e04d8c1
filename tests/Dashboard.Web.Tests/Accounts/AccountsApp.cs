using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Accounts;

[CollectionDefinition(Name)]
public sealed class AccountsCollection : ICollectionFixture<AccountsApp>
{
    public const string Name = "accounts";
}

/// <summary>
/// The real app in memory, in Development (so with the demo accounts), on a database of its
/// own and without the first-run posts. Tests make their own accounts and tokens.
/// </summary>
public sealed class AccountsApp : IAsyncLifetime
{
    public const string Password = "a-long-enough-password";

    private readonly TempFolder _folder = TempFolder.Create();
    private TestStorage? _storage;

    public DashboardFactory Factory { get; private set; } = default!;

    public IServiceProvider Services => Factory.Services;

    public async ValueTask InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync(_folder.File("Development.db"));
        Factory = new DashboardFactory(new TestAppOptions(_storage, _folder.Path));
        _ = Factory.Services;
    }

    public HttpClient NewClient() => Factory.NewClient();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A new account with a unique email.</summary>
    public async Task<string> NewAccountAsync(string role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.test";
        var created = await Get<AccountService>().CreateAsync(email, Password, role, AccountService.CommandLine);
        Assert.True(created.Succeeded, created.Message);
        return email;
    }

    public async Task<string> NewTokenAsync(string role)
    {
        var created = await Get<TokenService>().CreateAsync($"t-{Guid.NewGuid():N}", role, AccountService.CommandLine, TestContext.Current.CancellationToken);
        Assert.True(created.Token is not null, created.Result.Message);
        return created.Token;
    }

    public HttpClient WithToken(string token)
    {
        var client = NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }

        _folder.Dispose();
    }
}

/// <summary>The sign-in form as a browser submits it: GET for the antiforgery token, then POST.</summary>
internal static partial class LoginForm
{
    public const string SessionCookie = ".Alphanode.Session";

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var address = returnUrl is null ? "/account/login" : $"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var page = await client.GetStringAsync(address, ct);
        var fields = HiddenField().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        return await client.PostAsync(address, new FormUrlEncodedContent(fields), ct);
    }

    /// <summary>The sign-out form as the user menu posts it, with the token from a page.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await client.GetStringAsync("/account/denied", ct);
        var token = HiddenField().Matches(page).Single(m => m.Groups["name"].Value == "__RequestVerificationToken").Groups["value"].Value;
        return await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }), ct);
    }

    /// <summary>The session cookie a successful sign-in set, as a <c>Cookie</c> header value.</summary>
    public static string SessionCookieOf(HttpResponseMessage signedIn) =>
        signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SessionCookie + "=", StringComparison.Ordinal)).Split(';')[0];

    public static bool SignedIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith(SessionCookie + "=", StringComparison.Ordinal));

    /// <summary>The text of the error alert on the returned sign-in page, if any.</summary>
    public static async Task<string?> ErrorAsync(HttpResponseMessage response)
    {
        var match = AlertMessage().Match(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return match.Success ? WebUtility.HtmlDecode(match.Groups["text"].Value).Trim() : null;
    }

    [GeneratedRegex("<input[^>]*?type=\"hidden\"[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenField();

    [GeneratedRegex("class=\"mud-alert-message\"[^>]*>(?<text>[^<]*)<")]
    private static partial Regex AlertMessage();
}
