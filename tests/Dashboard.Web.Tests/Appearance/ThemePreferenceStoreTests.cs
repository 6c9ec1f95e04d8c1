using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Appearance;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Appearance;

/// <summary>A person's theme is kept with their account, in the database of either provider.</summary>
public sealed class ThemePreferenceStoreTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TestDatabase _database = default!;
    private ThemePreferenceStore _store = default!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _store = new ThemePreferenceStore(_database.Get<IDbContextFactory<DashboardDbContext>>());
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_new_account_follows_the_system()
    {
        var id = await NewAccountAsync();

        Assert.Equal(ThemePreference.System, await _store.GetAsync(id, Ct));
    }

    [Theory]
    [InlineData(ThemePreference.Dark)]
    [InlineData(ThemePreference.Light)]
    [InlineData(ThemePreference.System)]
    public async Task A_choice_is_stored_with_the_account_and_read_back(ThemePreference choice)
    {
        var id = await NewAccountAsync();
        var other = await NewAccountAsync();
        Assert.True(await _store.SetAsync(id, ThemePreference.Dark, Ct));

        Assert.True(await _store.SetAsync(id, choice, Ct));

        Assert.Equal(choice, await _store.GetAsync(id, Ct));
        Assert.Equal(ThemePreference.System, await _store.GetAsync(other, Ct));
        await using var db = _database.CreateContext();
        Assert.Equal(choice, (await db.Users.SingleAsync(u => u.Id == id, Ct)).Theme);
    }

    [Fact]
    public async Task Choosing_a_theme_keeps_the_security_stamp_so_no_session_ends()
    {
        var id = await NewAccountAsync();
        var before = await StampsAsync(id);

        await _store.SetAsync(id, ThemePreference.Dark, Ct);

        Assert.Equal(before, await StampsAsync(id));
    }

    [Fact]
    public async Task An_unknown_account_reads_as_the_system_and_stores_nothing()
    {
        Assert.Equal(ThemePreference.System, await _store.GetAsync("no-such-account", Ct));
        Assert.False(await _store.SetAsync("no-such-account", ThemePreference.Dark, Ct));
    }

    [Fact]
    public async Task A_value_that_is_no_theme_is_refused_by_name()
    {
        var id = await NewAccountAsync();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _store.SetAsync(id, (ThemePreference)7, Ct));

        Assert.Equal("theme", error.ParamName);
        Assert.Equal(ThemePreference.System, await _store.GetAsync(id, Ct));
    }

    [Fact]
    public void The_account_is_read_from_the_cookie_sign_in_and_nobody_has_none()
    {
        var signedIn = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "account-1")], "Identity.Application"));

        Assert.Equal("account-1", ThemePreferenceStore.AccountIdOf(signedIn));
        Assert.Null(ThemePreferenceStore.AccountIdOf(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity())));
        Assert.Null(ThemePreferenceStore.AccountIdOf(null));
    }

    private async Task<string> NewAccountAsync()
    {
        var email = $"theme-{Guid.NewGuid():N}@example.test";
        var created = await _database.Get<AccountService>().CreateAsync(email, "a-long-enough-password", Dashboard.Core.Review.Roles.Editor, AccountService.CommandLine);
        Assert.True(created.Succeeded, created.Message);
        await using var db = _database.CreateContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct);
    }

    private async Task<(string?, string?)> StampsAsync(string id)
    {
        await using var db = _database.CreateContext();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id, Ct);
        return (user.SecurityStamp, user.ConcurrencyStamp);
    }
}
