using Dashboard.Core.Checks;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

/// <summary>The <c>Checks</c> section (Core's <see cref="CheckOptions"/>), bound and checked at start like every other section.</summary>
public static class CheckSettings
{
    public static IServiceCollection AddDashboardChecks(this IServiceCollection services)
    {
        services.AddOptions<CheckOptions>().BindConfiguration(CheckOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CheckOptions>, CheckOptionsValid>();
        return services;
    }

    /// <summary>Core's own rules, one message per wrong key (<c>Checks:StaleDays must be ...</c>).</summary>
    private sealed class CheckOptionsValid : IValidateOptions<CheckOptions>
    {
        public ValidateOptionsResult Validate(string? name, CheckOptions options) =>
            options.Validate() is { Count: > 0 } errors ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }
}
