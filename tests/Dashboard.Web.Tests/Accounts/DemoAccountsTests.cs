using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dashboard.Web.Tests.Accounts;

[Collection(AccountsCollection.Name)]
public sealed class DemoAccountsTests(AccountsApp app)
{
    private static readonly Reviewer Admin = new("tests", Role.Admin);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Development_has_one_demo_account_per_role_listed_on_the_sign_in_page()
    {
        var accounts = await app.Get<AccountService>().ListAsync(Admin, Ct);
        using var client = app.NewClient();
        var page = await client.GetStringAsync("/account/login", Ct);

        foreach (var demo in DemoAccounts.All)
        {
            Assert.Equal(demo.Role, accounts.Single(a => a.Email == demo.Email).Role);
            Assert.Contains(demo.Email, page);
        }

        Assert.Contains(DemoAccounts.Password, page);
    }

    [Fact]
    public async Task A_demo_account_signs_in_with_the_documented_password()
    {
        using var client = app.NewClient();

        using var response = await LoginForm.SubmitAsync(client, DemoAccounts.All[1].Email, DemoAccounts.Password);

        Assert.True(LoginForm.SignedIn(response), await LoginForm.ErrorAsync(response));
    }

    [Fact]
    public async Task Production_creates_the_roles_but_no_demo_account_and_lists_none()
    {
        using var folder = TempFolder.Create();
        await using var storage = await TestStorage.CreateAsync(folder.File("Production.db"));
        await using (var production = new DashboardFactory(new TestAppOptions(storage, folder.Path) { Environment = Environments.Production }))
        {
            using var client = production.NewClient();
            var page = await client.GetStringAsync("/account/login", Ct);

            await using var db = await production.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync(Ct);
            Assert.Empty(await db.Users.ToListAsync(Ct));
            Assert.Equal(Roles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync(Ct)).Order());
            Assert.DoesNotContain("example.test", page);
            Assert.DoesNotContain(DemoAccounts.Password, page);
        }
    }
}
