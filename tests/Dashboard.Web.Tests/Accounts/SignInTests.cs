using System.Net;
using Dashboard.Core.Review;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Accounts;

[Collection(AccountsCollection.Name)]
public sealed class SignInTests(AccountsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anonymous_request_for_the_queue_redirects_to_sign_in_keeping_the_address()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/posts/some-post?tab=history", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Fposts%2Fsome-post%3Ftab%3Dhistory", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/overview")]
    [InlineData("/admin/accounts")]
    [InlineData("/no-such-page")]
    public async Task Every_page_needs_a_signed_in_user(string path)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    [InlineData("/account/login")]
    [InlineData("/account/denied")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    public async Task Health_sign_in_and_static_files_are_open(string path)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Signing_in_sets_the_session_cookie_and_opens_the_queue()
    {
        var email = await app.NewAccountAsync(Roles.Editor);
        using var client = app.NewClient();

        using var signIn = await LoginForm.SubmitAsync(client, email, AccountsApp.Password, returnUrl: "/overview");

        Assert.True(LoginForm.SignedIn(signIn), $"{(int)signIn.StatusCode} {await LoginForm.ErrorAsync(signIn)}");
        Assert.Equal(new Uri("http://localhost/overview"), new Uri(client.BaseAddress!, signIn.Headers.Location!));
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(LoginForm.SessionCookie, StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires", cookie, StringComparison.OrdinalIgnoreCase);
        using var queue = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_says_so_and_does_not_echo_the_password()
    {
        var email = await app.NewAccountAsync(Roles.Editor);
        using var client = app.NewClient();

        using var response = await LoginForm.SubmitAsync(client, email, "not-the-password-at-all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Email or password is wrong.", await LoginForm.ErrorAsync(response));
        Assert.DoesNotContain("not-the-password-at-all", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_message_as_a_wrong_password()
    {
        using var client = app.NewClient();

        using var response = await LoginForm.SubmitAsync(client, "nobody-here@example.test", AccountsApp.Password);

        Assert.Equal("Email or password is wrong.", await LoginForm.ErrorAsync(response));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await app.NewAccountAsync(Roles.Lead);
        using var client = app.NewClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await LoginForm.SubmitAsync(client, email, $"wrong-password-{attempt}");
            Assert.Equal("Email or password is wrong.", await LoginForm.ErrorAsync(wrong));
        }

        using var fifth = await LoginForm.SubmitAsync(client, email, "wrong-password-5");
        using var right = await LoginForm.SubmitAsync(client, email, AccountsApp.Password);

        Assert.Equal("This account is locked for 15 minutes after repeated failed sign-ins.", await LoginForm.ErrorAsync(fifth));
        Assert.False(LoginForm.SignedIn(right));
        Assert.Equal("This account is locked for 15 minutes after repeated failed sign-ins.", await LoginForm.ErrorAsync(right));
    }

    [Fact]
    public async Task Sign_in_manager_reports_lockout_after_the_configured_failures()
    {
        var email = await app.NewAccountAsync(Roles.Editor);
        await using var scope = app.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<DashboardUser>>();
        var user = (await signIn.UserManager.FindByEmailAsync(email))!;

        var results = new List<SignInResult>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            results.Add(await signIn.CheckPasswordSignInAsync(user, "wrong-password-" + attempt, lockoutOnFailure: true));
        }

        Assert.All(results.Take(4), r => Assert.False(r.IsLockedOut));
        Assert.True(results[4].IsLockedOut);
        Assert.True((await signIn.CheckPasswordSignInAsync(user, AccountsApp.Password, lockoutOnFailure: true)).IsLockedOut);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task Sign_in_never_sends_the_browser_to_another_site(string returnUrl)
    {
        var email = await app.NewAccountAsync(Roles.Editor);
        using var client = app.NewClient();

        using var response = await LoginForm.SubmitAsync(client, email, AccountsApp.Password, returnUrl);

        Assert.True(LoginForm.SignedIn(response));
        Assert.Equal(new Uri("http://localhost/"), new Uri(client.BaseAddress!, response.Headers.Location!));
    }

    // A non-ASCII character cannot go into a Location header: it used to fail the answer with 500.
    [Theory]
    [InlineData("/\u3000/evil.example")]
    [InlineData("/posts/caf\u00e9")]
    [InlineData("/queue?q=\u00a0")]
    public async Task A_return_url_that_is_not_plain_ascii_falls_back_to_the_queue(string returnUrl)
    {
        var email = await app.NewAccountAsync(Roles.Editor);
        using var client = app.NewClient();

        using var page = await client.GetAsync($"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", Ct);
        using var response = await LoginForm.SubmitAsync(client, email, AccountsApp.Password, returnUrl);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(LoginForm.SignedIn(response), $"{(int)response.StatusCode} {await LoginForm.ErrorAsync(response)}");
        Assert.Equal(new Uri("http://localhost/"), new Uri(client.BaseAddress!, response.Headers.Location!));
    }

    [Fact]
    public async Task Sign_in_without_the_antiforgery_token_is_refused()
    {
        using var client = app.NewClient();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = DemoAccounts.All[0].Email,
            ["Input.Password"] = DemoAccounts.Password,
        });

        using var response = await client.PostAsync("/account/login", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_needs_the_form_token_and_then_ends_the_session()
    {
        var email = await app.NewAccountAsync(Roles.Editor);
        using var client = app.NewClient();
        Assert.True(LoginForm.SignedIn(await LoginForm.SubmitAsync(client, email, AccountsApp.Password)));

        using var forged = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]), Ct);
        using var stillIn = await client.GetAsync("/", Ct);
        var denied = await client.GetStringAsync("/account/denied", Ct);
        var token = System.Text.RegularExpressions.Regex.Match(denied, "name=\"__RequestVerificationToken\" value=\"(?<v>[^\"]+)\"").Groups["v"].Value;
        using var signOut = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
        using var after = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/account/login", signOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copy_of_its_cookie_is_refused()
    {
        var email = await app.NewAccountAsync(Roles.Editor);
        using var browser = app.NewClient();
        using var signIn = await LoginForm.SubmitAsync(browser, email, AccountsApp.Password);
        var copied = LoginForm.SessionCookieOf(signIn);
        using var before = await MeAsync(copied);

        using var signOut = await LoginForm.SignOutAsync(browser);
        using var after = await MeAsync(copied);
        using var page = await MeAsync(copied, "/");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Signing_out_in_one_browser_leaves_the_accounts_other_sessions_signed_in()
    {
        var email = await app.NewAccountAsync(Roles.Lead);
        using var laptop = app.NewClient();
        using var desktop = app.NewClient();
        Assert.True(LoginForm.SignedIn(await LoginForm.SubmitAsync(laptop, email, AccountsApp.Password)));
        using var desktopSignIn = await LoginForm.SubmitAsync(desktop, email, AccountsApp.Password);

        using var signOut = await LoginForm.SignOutAsync(laptop);
        using var desktopMe = await MeAsync(LoginForm.SessionCookieOf(desktopSignIn));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, desktopMe.StatusCode);
    }

    // A client without a cookie jar, sending the given session cookie as it is.
    private async Task<HttpResponseMessage> MeAsync(string cookie, string path = "/api/me")
    {
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task An_editor_asking_for_the_admin_page_is_sent_to_the_denied_page()
    {
        var email = await app.NewAccountAsync(Roles.Editor);
        using var client = app.NewClient();
        Assert.True(LoginForm.SignedIn(await LoginForm.SubmitAsync(client, email, AccountsApp.Password)));

        using var response = await client.GetAsync("/admin/accounts", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied?", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_admin_opens_the_admin_page()
    {
        var email = await app.NewAccountAsync(Roles.Admin);
        using var client = app.NewClient();
        Assert.True(LoginForm.SignedIn(await LoginForm.SubmitAsync(client, email, AccountsApp.Password)));

        using var response = await client.GetAsync("/admin/accounts", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accounts and API tokens", await response.Content.ReadAsStringAsync(Ct));
    }
}
