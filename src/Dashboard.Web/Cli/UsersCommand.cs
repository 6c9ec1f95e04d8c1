using System.CommandLine;
using System.Text;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Cli;

/// <summary>
/// <c>users add --email E --role R</c>: creates an account. The password is the first line of
/// standard input (never an argument, which other users could read in the process list).
/// </summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The account's email, which is also its sign-in name", Required = true };
        var role = new Option<string>("--role") { Description = $"The account's role: {string.Join(", ", Roles.All)}", Required = true };
        var add = new Command("add", $"Create an account; the password (at least {AuthOptions.MinimumPasswordLength} characters) is read from the first line of standard input") { email, role };
        add.Validators.Add(result =>
        {
            if (!Roles.TryParse(result.GetValue(role), out _))
            {
                result.AddError(AccountService.UnknownRole(result.GetValue(role)));
            }

            if (result.GetValue(email) is { } given && !AccountService.IsEmail(given.Trim()))
            {
                result.AddError($"'{given}' is not an email address.");
            }
        });
        add.SetAction((result, cancellationToken) => AddAsync(result.GetValue(email)!, result.GetValue(role)!, cancellationToken));
        return new Command("users", "Manage the accounts that sign in to the web app") { add };
    }

    private static async Task<int> AddAsync(string email, string role, CancellationToken cancellationToken)
    {
        var password = await ReadPasswordAsync(cancellationToken);
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("users add: no password on standard input (its first line is the password).");
            return ExitCodes.SomeFailed;
        }

        if (password.Length < AuthOptions.MinimumPasswordLength)
        {
            await Console.Error.WriteLineAsync($"users add: {AccountService.PasswordTooShort}");
            return ExitCodes.SomeFailed;
        }

        using var host = DashboardCli.BuildHost();
        await host.Services.GetRequiredService<DatabaseSetup>().MigrateAsync(cancellationToken);
        var result = await host.Services.GetRequiredService<AccountService>().CreateAsync(email, password, role, AccountService.CommandLine);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"users add: {result.Message}");
            return result.Failure == AccountFailure.Invalid ? ExitCodes.Usage : ExitCodes.SomeFailed;
        }

        Console.WriteLine(result.Message);
        return ExitCodes.Ok;
    }

    private static async Task<string?> ReadPasswordAsync(CancellationToken cancellationToken)
    {
        if (Console.IsInputRedirected)
        {
            return await Console.In.ReadLineAsync(cancellationToken);
        }

        // At a terminal: ask, and do not echo what is typed.
        await Console.Error.WriteAsync($"Password (at least {AuthOptions.MinimumPasswordLength} characters): ");
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        await Console.Error.WriteLineAsync();
        return typed.ToString();
    }
}
