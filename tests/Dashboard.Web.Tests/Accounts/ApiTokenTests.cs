using System.Net;
using System.Net.Http.Json;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Accounts;

[Collection(AccountsCollection.Name)]
public sealed class ApiTokenTests(AccountsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_api_answers_an_anonymous_request_with_401_not_a_redirect()
    {
        using var client = app.NewClient();

        using var me = await client.GetAsync("/api/me", Ct);
        using var unknown = await client.GetAsync("/api/anything/else", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Null(me.Headers.Location);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }

    [Fact]
    public async Task A_valid_token_is_its_name_and_role()
    {
        var token = await app.NewTokenAsync(Roles.Lead);
        using var client = app.WithToken(token);

        using var response = await client.GetAsync("/api/me", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.Content.ReadFromJsonAsync<Me>(Ct);
        Assert.StartsWith("token:t-", me!.Name);
        Assert.Equal("lead", me.Role);
    }

    [Fact]
    public async Task Using_a_token_records_when_it_was_last_used()
    {
        var token = await app.NewTokenAsync(Roles.Editor);
        using var client = app.WithToken(token);

        using var response = await client.GetAsync("/api/me", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await app.Get<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync(Ct);
        var stored = await db.ApiTokens.SingleAsync(t => t.TokenHash == TokenService.Hash(token), Ct);
        Assert.NotNull(stored.LastUsedAtUtc);
    }

    [Fact]
    public async Task Only_the_hash_of_a_token_is_stored()
    {
        var token = await app.NewTokenAsync(Roles.Editor);

        await using var db = await app.Get<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync(Ct);
        var hashes = await db.ApiTokens.Select(t => t.TokenHash).ToListAsync(Ct);
        Assert.StartsWith(TokenService.Prefix, token);
        Assert.Contains(TokenService.Hash(token), hashes);
        Assert.Matches("^[0-9a-f]{64}$", TokenService.Hash(token));
        Assert.DoesNotContain(hashes, h => h.Contains(token[TokenService.Prefix.Length..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_revoked_token_is_refused_with_401()
    {
        var name = $"revoke-{Guid.NewGuid():N}";
        var created = await app.Get<TokenService>().CreateAsync(name, Roles.Lead, AccountService.CommandLine, Ct);
        using var client = app.WithToken(created.Token!);
        using var before = await client.GetAsync("/api/me", Ct);

        var revoked = await app.Get<TokenService>().RevokeAsync(name, AccountService.CommandLine, Ct);
        using var after = await client.GetAsync("/api/me", Ct);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.True(revoked.Succeeded, revoked.Message);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory]
    [InlineData("anp_not-a-token")]
    [InlineData("something-else")]
    [InlineData("")]
    public async Task An_unknown_token_is_refused_with_401(string token)
    {
        using var client = app.NewClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);

        using var response = await client.GetAsync("/api/me", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_token_does_not_open_the_pages()
    {
        using var client = app.WithToken(await app.NewTokenAsync(Roles.Admin));

        using var response = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_signed_in_account_reaches_the_api_with_its_cookie()
    {
        var email = await app.NewAccountAsync(Roles.Admin);
        using var client = app.NewClient();
        Assert.True(LoginForm.SignedIn(await LoginForm.SubmitAsync(client, email, AccountsApp.Password)));

        var me = await client.GetFromJsonAsync<Me>("/api/me", Ct);

        Assert.Equal(new Me(email, "admin"), me);
    }

    [Fact]
    public async Task A_signed_in_account_without_a_role_gets_403_from_the_api()
    {
        var email = await app.NewAccountAsync(Roles.Editor);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            Assert.True((await users.RemoveFromRoleAsync(user, Roles.Editor)).Succeeded);
        }

        using var client = app.NewClient();
        Assert.True(LoginForm.SignedIn(await LoginForm.SubmitAsync(client, email, AccountsApp.Password)));

        using var response = await client.GetAsync("/api/me", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    private sealed record Me(string Name, string Role);
}
