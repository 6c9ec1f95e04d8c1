using Dashboard.Web.Data;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

/// <summary>The start-up check asks the provider whether its database opens, so a wrong server stops the app with one line.</summary>
internal sealed class DatabaseReachable(IDatabaseProvider provider) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options) =>
        provider.Unreachable() is { } reason ? ValidateOptionsResult.Fail(reason) : ValidateOptionsResult.Success;
}
