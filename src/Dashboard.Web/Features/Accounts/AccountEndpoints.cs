using System.Security.Claims;
using Dashboard.Core.Review;
using Dashboard.Web.Data.Entities;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Web.Features.Accounts;

public static class AccountEndpoints
{
    /// <summary>POST /account/logout (form with antiforgery token) and GET /api/me.</summary>
    public static IEndpointRouteBuilder MapDashboardAccounts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", SignOutAsync).AllowAnonymous().ExcludeFromDescription();

        // Who the API sees: lets a program (the indexer) check its token and role.
        endpoints.MapGet("/api/me", (ClaimsPrincipal user) =>
                ReviewerClaims.ToReviewer(user) is { } reviewer
                    ? Results.Ok(new Me(reviewer.Name, Roles.NameOf(reviewer.Role)))
                    : Results.StatusCode(StatusCodes.Status403Forbidden))
            .WithName("GetMe")
            .WithSummary("Who the API sees: the caller's name and role")
            .WithDescription("For a program to check its token before it starts work.")
            .Produces<Me>()
            .RequireAuthorization(AuthSchemes.ApiPolicy);
        return endpoints;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<DashboardUser> signIn, SessionRecords sessions)
    {
        // The endpoint binds no form field, so nothing checks the token unless we do.
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest("The sign-out form has expired; reload the page and try again.");
        }

        // Deleting the record is what ends the session: clearing the cookie only asks this
        // browser to forget it, and a copy of it would still sign in.
        await sessions.EndAsync(context.User, context.RequestAborted);
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/account/login");
    }

    internal sealed record Me(string Name, string Role);
}
