using System.Net;
using Dashboard.Core.Review;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Accounts;

/// <summary>
/// The lockout tells nobody which emails have accounts, and one client can neither guess on
/// nor lock out account after account. Each test runs an app of its own, where every request
/// names its client address (the in-memory server has none) and password checks are counted.
/// </summary>
public sealed class SignInThrottleTests
{
    private const string ClientHeader = "X-Test-Client";
    private const string Locked = "This account is locked for 15 minutes after repeated failed sign-ins.";

    [Fact]
    public async Task An_unknown_email_gets_the_same_answers_as_an_account_lockout_included()
    {
        await using var app = await ThrottleApp.StartAsync(perClient: 100);
        var known = await app.NewAccountAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}@example.test";

        var knownAnswers = await app.WrongPasswordsAsync("192.0.2.1", known, 7);
        var unknownAnswers = await app.WrongPasswordsAsync("192.0.2.2", unknown, 7);

        Assert.Equal([.. Enumerable.Repeat(PasswordSignIn.WrongCredentials, 4), Locked, Locked, Locked], knownAnswers);
        Assert.Equal(knownAnswers, unknownAnswers);
    }

    // The time of an answer is mostly its password hash: each answer checks exactly one, also
    // a locked account's (which Identity refuses without looking at the password).
    [Fact]
    public async Task Every_refusal_checks_one_password_hash_whether_or_not_the_account_exists()
    {
        await using var app = await ThrottleApp.StartAsync(perClient: 100);
        var known = await app.NewAccountAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}@example.test";

        foreach (var (client, email) in new[] { ("192.0.2.1", known), ("192.0.2.2", unknown) })
        {
            var checks = new List<int>();
            for (var attempt = 0; attempt < 7; attempt++)
            {
                var before = app.Hashes.Verified;
                await app.WrongPasswordsAsync(client, email, 1);
                checks.Add(app.Hashes.Verified - before);
            }

            Assert.All(checks, c => Assert.Equal(1, c));
        }
    }

    [Fact]
    public async Task A_client_with_too_many_failures_is_refused_unchecked_and_other_clients_are_not()
    {
        await using var app = await ThrottleApp.StartAsync(perClient: 3);
        var accounts = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            accounts.Add(await app.NewAccountAsync());
        }

        foreach (var email in accounts.Take(3))
        {
            Assert.Equal([PasswordSignIn.WrongCredentials], await app.WrongPasswordsAsync("198.51.100.7", email, 1));
        }

        using var refused = await app.SignInAsync("198.51.100.7", accounts[3], AccountsApp.Password);
        using var otherClient = await app.SignInAsync("198.51.100.8", accounts[3], AccountsApp.Password);

        Assert.False(LoginForm.SignedIn(refused));
        Assert.Equal("Too many failed sign-ins from this address: try again in 15 minutes.", await LoginForm.ErrorAsync(refused));
        Assert.True(LoginForm.SignedIn(otherClient));
    }

    [Fact]
    public async Task An_ipv6_client_counts_by_its_64_bit_prefix()
    {
        await using var app = await ThrottleApp.StartAsync(perClient: 2);
        var email = await app.NewAccountAsync();
        await app.WrongPasswordsAsync("2001:db8:1:2::1", email, 1);
        await app.WrongPasswordsAsync("2001:db8:1:2:ffff::9", email, 1);

        using var samePrefix = await app.SignInAsync("2001:db8:1:2::77", email, AccountsApp.Password);
        using var otherPrefix = await app.SignInAsync("2001:db8:1:3::1", email, AccountsApp.Password);

        Assert.False(LoginForm.SignedIn(samePrefix));
        Assert.True(LoginForm.SignedIn(otherPrefix));
    }

    private sealed class ThrottleApp : IAsyncDisposable
    {
        private readonly TempFolder _folder;
        private readonly TestStorage _storage;
        private readonly DashboardFactory _factory;

        private ThrottleApp(TempFolder folder, TestStorage storage, DashboardFactory factory, HashCount hashes)
        {
            _folder = folder;
            _storage = storage;
            _factory = factory;
            Hashes = hashes;
        }

        public HashCount Hashes { get; }

        public static async Task<ThrottleApp> StartAsync(int perClient)
        {
            var folder = TempFolder.Create();
            var storage = await TestStorage.CreateAsync(folder.File("Development.db"));
            var hashes = new HashCount();
            var settings = new Dictionary<string, string> { ["Auth:MaxFailedAttemptsPerClient"] = perClient.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            var factory = new DashboardFactory(new TestAppOptions(storage, folder.Path)
            {
                Settings = settings,
                Services = services =>
                {
                    services.AddSingleton<IStartupFilter, ClientFromHeader>();
                    services.AddSingleton(hashes);
                    services.AddScoped<IPasswordHasher<DashboardUser>, CountingHasher>();
                },
            });
            _ = factory.Services;
            return new ThrottleApp(folder, storage, factory, hashes);
        }

        public async Task<string> NewAccountAsync()
        {
            var email = $"throttle-{Guid.NewGuid():N}@example.test";
            var created = await _factory.Services.GetRequiredService<AccountService>().CreateAsync(email, AccountsApp.Password, Roles.Editor, AccountService.CommandLine);
            Assert.True(created.Succeeded, created.Message);
            return email;
        }

        public async Task<HttpResponseMessage> SignInAsync(string client, string email, string password)
        {
            using var browser = _factory.NewClient();
            browser.DefaultRequestHeaders.Add(ClientHeader, client);
            return await LoginForm.SubmitAsync(browser, email, password);
        }

        /// <summary>The error shown for each of <paramref name="count"/> wrong passwords in a row.</summary>
        public async Task<List<string?>> WrongPasswordsAsync(string client, string email, int count)
        {
            var answers = new List<string?>();
            for (var attempt = 0; attempt < count; attempt++)
            {
                using var response = await SignInAsync(client, email, $"wrong-password-{Guid.NewGuid():N}");
                answers.Add(await LoginForm.ErrorAsync(response));
            }

            return answers;
        }

        public async ValueTask DisposeAsync()
        {
            await _factory.DisposeAsync();
            await _storage.DisposeAsync();
            _folder.Dispose();
        }
    }

    private sealed class ClientFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextStep) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextStep(context);
            });
            next(app);
        };
    }

    public sealed class HashCount
    {
        private int _verified;

        public int Verified => Volatile.Read(ref _verified);

        public void Add() => Interlocked.Increment(ref _verified);
    }

    private sealed class CountingHasher(HashCount count) : IPasswordHasher<DashboardUser>
    {
        private readonly PasswordHasher<DashboardUser> _inner = new();

        public string HashPassword(DashboardUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(DashboardUser user, string hashedPassword, string providedPassword)
        {
            count.Add();
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
