using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Features.Accounts;

public sealed partial class LoginPage
{
    private string? _error;
    private IReadOnlyList<DemoAccount> _demoAccounts = [];

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm] private LoginInput Input { get; set; } = default!;

    [SupplyParameterFromQuery] private string? ReturnUrl { get; set; }

    [Inject] private PasswordSignIn SignIn { get; set; } = default!;
    [Inject] private AccountSetup Setup { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new LoginInput();
        _demoAccounts = await Setup.ListedDemoAccountsAsync(HttpContext.RequestAborted);
    }

    private async Task SignInAsync()
    {
        Input ??= new LoginInput();
        var outcome = await SignIn.SignInAsync(Input.Email, Input.Password, HttpContext.Connection.RemoteIpAddress);
        if (outcome.Succeeded)
        {
            Navigation.NavigateTo(ReturnUrls.OrHome(ReturnUrl), forceLoad: true);
            return;
        }

        _error = outcome.Error;

        // Never send a password back in the page.
        Input.Password = "";
    }

    internal sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        public string Password { get; set; } = "";
    }
}
