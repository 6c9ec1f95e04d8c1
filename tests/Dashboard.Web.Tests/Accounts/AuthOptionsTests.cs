using Dashboard.Web.Tests.TestSupport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests.Accounts;

public sealed class AuthOptionsTests
{
    [Theory]
    [InlineData("Auth:LockoutMinutes", "0", "Auth:LockoutMinutes must be between 1 and 10080")]
    [InlineData("Auth:MaxFailedAttempts", "0", "Auth:MaxFailedAttempts must be between 1 and 100")]
    [InlineData("Auth:MaxFailedAttemptsPerClient", "0", "Auth:MaxFailedAttemptsPerClient must be between 1 and 10000")]
    [InlineData("Auth:SessionMinutes", "-5", "Auth:SessionMinutes must be between 1 and 1440")]
    [InlineData("Auth:AbsoluteSessionHours", "1000", "Auth:AbsoluteSessionHours must be between 1 and 720")]
    [InlineData("Import:MaxUploadBytes", "10", "Import:MaxUploadBytes must be between 1024")]
    public async Task A_bad_setting_stops_the_start_with_a_message_naming_it(string key, string value, string message)
    {
        await using var storage = await TestStorage.CreateAsync(migrated: false);
        using var host = TestDatabase.Build(storage, new Dictionary<string, string?> { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task The_absolute_limit_may_not_be_shorter_than_the_sliding_session()
    {
        await using var storage = await TestStorage.CreateAsync(migrated: false);
        using var host = TestDatabase.Build(storage, new Dictionary<string, string?>
        {
            ["Auth:SessionMinutes"] = "180",
            ["Auth:AbsoluteSessionHours"] = "2",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Auth:AbsoluteSessionHours (2 h) must not be shorter than Auth:SessionMinutes (180 min)", error.Message);
    }
}
