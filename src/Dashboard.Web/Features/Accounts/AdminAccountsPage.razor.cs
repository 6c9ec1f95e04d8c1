using System.Globalization;
using Dashboard.Core.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Dashboard.Web.Features.Accounts;

/// <summary>
/// Accounts and API tokens, for admins. The services check the role again on every call:
/// hiding this page is not what protects the actions.
/// </summary>
public sealed partial class AdminAccountsPage : IDisposable
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private readonly CancellationTokenSource _disposed = new();
    private IReadOnlyList<AccountRow> _accounts = [];
    private IReadOnlyList<TokenRow> _tokens = [];
    private bool _loading = true;
    private bool _busy;
    private string? _newTokenName;
    private string? _newTokenRole;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private AccountService Accounts { get; set; } = default!;
    [Inject] private TokenService Tokens { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }

    private static string Utc(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private async Task LoadAsync()
    {
        var actor = await ActorAsync();
        if (actor.Role != Role.Admin)
        {
            _loading = false;
            return;
        }

        _accounts = await Accounts.ListAsync(actor, _disposed.Token);
        _tokens = await Tokens.ListAsync(actor, _disposed.Token);
        _loading = false;
    }

    private Task ChangeRoleAsync(AccountRow account, string role) =>
        role == account.Role ? Task.CompletedTask : RunAsync(actor => Accounts.ChangeRoleAsync(account.Id, role, actor, _disposed.Token));

    private Task UnlockAsync(AccountRow account) => RunAsync(actor => Accounts.UnlockAsync(account.Id, actor));

    private async Task RemoveAsync(AccountRow account)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Remove account", $"Remove {account.Email}? They will no longer be able to sign in.", yesText: "Remove", cancelText: "Cancel");
        if (confirmed == true)
        {
            await RunAsync(actor => Accounts.RemoveAsync(account.Id, actor, _disposed.Token));
        }
    }

    private async Task RevokeAsync(TokenRow token)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Revoke token", $"Revoke {token.Name}? Programs using it are refused at once.", yesText: "Revoke", cancelText: "Cancel");
        if (confirmed == true)
        {
            await RunAsync(actor => Tokens.RevokeAsync(token.Name, actor, _disposed.Token));
        }
    }

    private async Task CreateTokenAsync()
    {
        if (_newTokenRole is not { } role)
        {
            return;
        }

        string? token = null;
        var name = _newTokenName ?? "";
        await RunAsync(async actor =>
        {
            var created = await Tokens.CreateAsync(name, role, actor, _disposed.Token);
            token = created.Token;
            return created.Result;
        });
        if (token is not null)
        {
            _newTokenName = null;
            _newTokenRole = null;
            await Dialogs.ShowAsync<NewTokenDialog>(
                "New API token",
                new DialogParameters<NewTokenDialog> { { d => d.Name, name }, { d => d.Token, token } },
                new DialogOptions { BackdropClick = false, CloseOnEscapeKey = false, MaxWidth = MaxWidth.Small, FullWidth = true });
        }
    }

    /// <summary>One change at a time, as whoever is signed in now (a role change reaches the circuit within a minute).</summary>
    private async Task RunAsync(Func<Reviewer, Task<AccountResult>> change)
    {
        _busy = true;
        try
        {
            var result = await change(await ActorAsync());
            Snackbar.Add(result.Message, result.Succeeded ? Severity.Success : Severity.Error);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<Reviewer> ActorAsync() =>
        ReviewerClaims.ToReviewer((await AuthenticationState).User) ?? new Reviewer("anonymous", Role.Editor);
}
