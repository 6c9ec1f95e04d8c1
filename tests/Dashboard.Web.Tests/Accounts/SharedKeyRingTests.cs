using System.Net;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Accounts;

/// <summary>Two instances of the app on one database (as behind a load balancer on PostgreSQL) share one data protection key ring.</summary>
public sealed class SharedKeyRingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_payload_protected_by_one_instance_is_unprotected_by_the_other()
    {
        using var folder = TempFolder.Create();
        await using var storage = await TestStorage.CreateAsync(folder.File("Development.db"));
        await using var first = new DashboardFactory(new TestAppOptions(storage, folder.File("first")));
        await using var second = new DashboardFactory(new TestAppOptions(storage, folder.File("second")));

        var protectedByFirst = Protector(first).Protect("signed by the first instance");
        var protectedBySecond = Protector(second).Protect("signed by the second instance");

        Assert.Equal("signed by the first instance", Protector(second).Unprotect(protectedByFirst));
        Assert.Equal("signed by the second instance", Protector(first).Unprotect(protectedBySecond));
        await using var db = await first.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync(Ct);
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync(Ct));
    }

    [Fact]
    public async Task A_session_cookie_from_one_instance_signs_in_on_the_other()
    {
        using var folder = TempFolder.Create();
        await using var storage = await TestStorage.CreateAsync(folder.File("Development.db"));
        await using var first = new DashboardFactory(new TestAppOptions(storage, folder.File("first")));
        await using var second = new DashboardFactory(new TestAppOptions(storage, folder.File("second")));
        using var signingIn = first.NewClient();
        using var signedIn = await LoginForm.SubmitAsync(signingIn, DemoAccounts.All[0].Email, DemoAccounts.Password);
        Assert.True(LoginForm.SignedIn(signedIn), await LoginForm.ErrorAsync(signedIn));
        var cookie = signedIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(LoginForm.SessionCookie + "=", StringComparison.Ordinal)).Split(';')[0];

        using var elsewhere = second.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", cookie);
        using var response = await elsewhere.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(DemoAccounts.All[0].Email, await response.Content.ReadAsStringAsync(Ct));
    }

    private static IDataProtector Protector(DashboardFactory app) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("shared key ring tests");
}
