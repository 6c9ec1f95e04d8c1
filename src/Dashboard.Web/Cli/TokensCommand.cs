using System.CommandLine;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Cli;

/// <summary>
/// <c>tokens create --name N --role R</c> prints a new API token once (alone on standard
/// output, so a script can capture it); <c>tokens revoke --name N</c>; <c>tokens list</c>.
/// </summary>
internal static class TokensCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "The token's name, e.g. search-indexer", Required = true };
        var role = new Option<string>("--role") { Description = $"The token's role: {string.Join(", ", Roles.All)}", Required = true };
        var create = new Command("create", "Create an API token and print it; it cannot be shown again") { name, role };
        create.Validators.Add(result =>
        {
            if (!Roles.TryParse(result.GetValue(role), out _))
            {
                result.AddError(AccountService.UnknownRole(result.GetValue(role)));
            }
        });
        create.SetAction((result, cancellationToken) => CreateAsync(result.GetValue(name)!, result.GetValue(role)!, cancellationToken));

        var revokeName = new Option<string>("--name") { Description = "The name of the token to revoke", Required = true };
        var revoke = new Command("revoke", "Revoke an API token: it stops working at once") { revokeName };
        revoke.SetAction((result, cancellationToken) => RevokeAsync(result.GetValue(revokeName)!, cancellationToken));

        var list = new Command("list", "List the API tokens (never the tokens themselves)");
        list.SetAction((_, cancellationToken) => ListAsync(cancellationToken));

        return new Command("tokens", "Manage the API tokens programs use (Authorization: Bearer <token>)") { create, revoke, list };
    }

    private static async Task<int> CreateAsync(string name, string role, CancellationToken cancellationToken)
    {
        using var host = await StartAsync(cancellationToken);
        var created = await host.Services.GetRequiredService<TokenService>().CreateAsync(name, role, AccountService.CommandLine, cancellationToken);
        if (created.Token is null)
        {
            return await FailAsync("tokens create", created.Result);
        }

        Console.WriteLine(created.Token);
        await Console.Error.WriteLineAsync($"{created.Result.Message} It is shown only now: store it where the program reads it.");
        return ExitCodes.Ok;
    }

    private static async Task<int> RevokeAsync(string name, CancellationToken cancellationToken)
    {
        using var host = await StartAsync(cancellationToken);
        var result = await host.Services.GetRequiredService<TokenService>().RevokeAsync(name, AccountService.CommandLine, cancellationToken);
        if (!result.Succeeded)
        {
            return await FailAsync("tokens revoke", result);
        }

        Console.WriteLine(result.Message);
        return ExitCodes.Ok;
    }

    private static async Task<int> ListAsync(CancellationToken cancellationToken)
    {
        using var host = await StartAsync(cancellationToken);
        foreach (var token in await host.Services.GetRequiredService<TokenService>().ListAsync(AccountService.CommandLine, cancellationToken))
        {
            var state = token.RevokedAtUtc is { } revoked ? $"revoked {revoked:u}" : "active";
            var used = token.LastUsedAtUtc is { } last ? $"last used {last:u}" : "never used";
            Console.WriteLine($"{token.Name}\t{token.Role}\tcreated {token.CreatedAtUtc:u}\t{used}\t{state}");
        }

        return ExitCodes.Ok;
    }

    private static async Task<IHost> StartAsync(CancellationToken cancellationToken)
    {
        var host = DashboardCli.BuildHost();
        await host.Services.GetRequiredService<DatabaseSetup>().MigrateAsync(cancellationToken);
        return host;
    }

    private static async Task<int> FailAsync(string verb, AccountResult result)
    {
        await Console.Error.WriteLineAsync($"{verb}: {result.Message}");
        return result.Failure == AccountFailure.Invalid ? ExitCodes.Usage : ExitCodes.SomeFailed;
    }
}
