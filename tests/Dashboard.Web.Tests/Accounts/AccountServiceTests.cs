using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.TestSupport;

namespace Dashboard.Web.Tests.Accounts;

public sealed class AccountServiceTests
{
    private const string Password = "a-long-enough-password";

    private static readonly Reviewer Admin = new("admin-tester", Role.Admin);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_last_admin_cannot_be_demoted_or_removed()
    {
        await using var host = await TestDatabase.CreateAsync();
        await CreateAsync(host, "only-admin@example.test", Roles.Admin);
        var admin = await FindAsync(host, "only-admin@example.test");

        var demoted = await host.Get<AccountService>().ChangeRoleAsync(admin.Id, Roles.Lead, Admin, Ct);
        var removed = await host.Get<AccountService>().RemoveAsync(admin.Id, Admin, Ct);

        Assert.Equal(AccountFailure.Conflict, demoted.Failure);
        Assert.Contains("last admin", demoted.Message);
        Assert.Equal(AccountFailure.Conflict, removed.Failure);
        Assert.Equal(Roles.Admin, (await FindAsync(host, "only-admin@example.test")).Role);
    }

    [Fact]
    public async Task An_admin_can_be_demoted_while_another_admin_remains()
    {
        await using var host = await TestDatabase.CreateAsync();
        await CreateAsync(host, "first@example.test", Roles.Admin);
        await CreateAsync(host, "second@example.test", Roles.Admin);

        var demoted = await host.Get<AccountService>().ChangeRoleAsync((await FindAsync(host, "first@example.test")).Id, Roles.Editor, Admin, Ct);
        var lastOne = await host.Get<AccountService>().ChangeRoleAsync((await FindAsync(host, "second@example.test")).Id, Roles.Editor, Admin, Ct);

        Assert.True(demoted.Succeeded, demoted.Message);
        Assert.Equal(Roles.Editor, (await FindAsync(host, "first@example.test")).Role);
        Assert.Equal(AccountFailure.Conflict, lastOne.Failure);
    }

    [Fact]
    public async Task A_password_shorter_than_twelve_characters_is_refused()
    {
        await using var host = await TestDatabase.CreateAsync();

        var result = await host.Get<AccountService>().CreateAsync("short@example.test", "elevenchars", Roles.Editor, Admin);

        Assert.Equal(AccountFailure.Invalid, result.Failure);
        Assert.Equal("The password must be at least 12 characters long.", result.Message);
        Assert.Empty(await host.Get<AccountService>().ListAsync(Admin, Ct));
    }

    [Theory]
    [InlineData("x@example.test", "boss", "Unknown role 'boss'")]
    [InlineData("not an email", "editor", "is not an email address")]
    public async Task Bad_input_is_refused_with_a_clear_message(string email, string role, string message)
    {
        await using var host = await TestDatabase.CreateAsync();

        var result = await host.Get<AccountService>().CreateAsync(email, Password, role, Admin);

        Assert.Equal(AccountFailure.Invalid, result.Failure);
        Assert.Contains(message, result.Message);
    }

    [Fact]
    public async Task The_same_email_cannot_have_two_accounts()
    {
        await using var host = await TestDatabase.CreateAsync();
        await CreateAsync(host, "twice@example.test", Roles.Editor);

        var again = await host.Get<AccountService>().CreateAsync("TWICE@example.test", Password, Roles.Lead, Admin);

        Assert.Equal(AccountFailure.Conflict, again.Failure);
    }

    [Fact]
    public async Task Only_an_admin_may_change_accounts_and_tokens()
    {
        await using var host = await TestDatabase.CreateAsync();
        await CreateAsync(host, "someone@example.test", Roles.Editor);
        var id = (await FindAsync(host, "someone@example.test")).Id;
        var lead = new Reviewer("lead@example.test", Role.Lead);

        Assert.Equal(AccountFailure.Forbidden, (await host.Get<AccountService>().CreateAsync("new@example.test", Password, Roles.Admin, lead)).Failure);
        Assert.Equal(AccountFailure.Forbidden, (await host.Get<AccountService>().ChangeRoleAsync(id, Roles.Admin, lead, Ct)).Failure);
        Assert.Equal(AccountFailure.Forbidden, (await host.Get<AccountService>().UnlockAsync(id, lead)).Failure);
        Assert.Equal(AccountFailure.Forbidden, (await host.Get<AccountService>().RemoveAsync(id, lead, Ct)).Failure);
        Assert.Equal(AccountFailure.Forbidden, (await host.Get<TokenService>().CreateAsync("indexer", Roles.Lead, lead, Ct)).Result.Failure);
        Assert.Equal(AccountFailure.Forbidden, (await host.Get<TokenService>().RevokeAsync("indexer", lead, Ct)).Failure);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => host.Get<AccountService>().ListAsync(lead, Ct));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => host.Get<TokenService>().ListAsync(lead, Ct));
        Assert.Equal(Roles.Editor, (await FindAsync(host, "someone@example.test")).Role);
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_account()
    {
        await using var host = await TestDatabase.CreateAsync();
        await CreateAsync(host, "me@example.test", Roles.Admin);
        await CreateAsync(host, "other@example.test", Roles.Admin);

        var result = await host.Get<AccountService>().RemoveAsync((await FindAsync(host, "me@example.test")).Id, new Reviewer("me@example.test", Role.Admin), Ct);

        Assert.Equal(AccountFailure.Conflict, result.Failure);
    }

    [Fact]
    public async Task A_token_name_is_taken_for_good_and_a_revoked_token_stays_listed()
    {
        await using var host = await TestDatabase.CreateAsync();
        var created = await host.Get<TokenService>().CreateAsync("indexer", Roles.Lead, Admin, Ct);
        var revoked = await host.Get<TokenService>().RevokeAsync("indexer", Admin, Ct);

        var again = await host.Get<TokenService>().CreateAsync("indexer", Roles.Lead, Admin, Ct);

        Assert.NotNull(created.Token);
        Assert.Matches("^anp_[A-Za-z0-9_-]{43}$", created.Token);
        Assert.True(revoked.Succeeded);
        Assert.Null(again.Token);
        Assert.Equal(AccountFailure.Conflict, again.Result.Failure);
        Assert.Null(await host.Get<TokenService>().AuthenticateAsync(created.Token, Ct));
        var listed = Assert.Single(await host.Get<TokenService>().ListAsync(Admin, Ct));
        Assert.NotNull(listed.RevokedAtUtc);
    }

    private static async Task CreateAsync(TestDatabase host, string email, string role)
    {
        var result = await host.Get<AccountService>().CreateAsync(email, Password, role, Admin);
        Assert.True(result.Succeeded, result.Message);
    }

    private static async Task<AccountRow> FindAsync(TestDatabase host, string email) =>
        (await host.Get<AccountService>().ListAsync(Admin, Ct)).Single(a => a.Email == email);
}
