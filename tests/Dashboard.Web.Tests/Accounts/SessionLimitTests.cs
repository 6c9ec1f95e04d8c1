using System.Net;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Accounts;

public sealed class SessionLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The same active session, 130 minutes after signing in: over a 2-hour limit, within a 12-hour one
    // (which shows it is the absolute limit, not the sliding expiry, that ends it).
    [Theory]
    [InlineData(2, HttpStatusCode.Unauthorized)]
    [InlineData(12, HttpStatusCode.OK)]
    public async Task An_active_session_still_ends_at_the_absolute_limit(int absoluteHours, HttpStatusCode after130Minutes)
    {
        using var folder = TempFolder.Create();
        await using var storage = await TestStorage.CreateAsync(folder.File("Development.db"));
        var clock = new MovableClock();
        var settings = new Dictionary<string, string>
        {
            ["Auth:SessionMinutes"] = "60",
            ["Auth:AbsoluteSessionHours"] = absoluteHours.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        await using (var factory = new DashboardFactory(new TestAppOptions(storage, folder.Path) { Settings = settings, Services = services => services.AddSingleton<TimeProvider>(clock) }))
        {
            using var client = factory.NewClient();
            Assert.True(LoginForm.SignedIn(await LoginForm.SubmitAsync(client, DemoAccounts.All[0].Email, DemoAccounts.Password)));

            // A request every 50 minutes keeps the sliding session alive...
            var statuses = new List<HttpStatusCode>();
            foreach (var minutes in new[] { 0, 50, 100 })
            {
                clock.Advance = TimeSpan.FromMinutes(minutes);
                using var response = await client.GetAsync("/api/me", Ct);
                statuses.Add(response.StatusCode);
            }

            // ...but not past the absolute limit.
            clock.Advance = TimeSpan.FromMinutes(130);
            using var late = await client.GetAsync("/api/me", Ct);

            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
            Assert.Equal(after130Minutes, late.StatusCode);
            if (after130Minutes == HttpStatusCode.Unauthorized)
            {
                using var page = await client.GetAsync("/", Ct);
                Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
                Assert.StartsWith("/account/login?", page.Headers.Location!.OriginalString);
            }
        }
    }

    [Fact]
    public void A_session_without_a_known_start_counts_as_over()
    {
        var now = DateTimeOffset.UtcNow;

        Assert.True(SessionLifetime.IsOver(null, now, TimeSpan.FromHours(12)));
        Assert.False(SessionLifetime.IsOver(now.AddHours(-11), now, TimeSpan.FromHours(12)));
        Assert.True(SessionLifetime.IsOver(now.AddHours(-12), now, TimeSpan.FromHours(12)));
        Assert.Equal(now.ToUnixTimeSeconds(), SessionLifetime.StartOf(new(new System.Security.Claims.ClaimsIdentity([SessionLifetime.StartedAt(now)])))!.Value.ToUnixTimeSeconds());
    }

    /// <summary>The system clock, moved forward by <see cref="Advance"/>.</summary>
    private sealed class MovableClock : TimeProvider
    {
        public TimeSpan Advance { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Advance;
    }
}
