using System.Net;
using System.Text.RegularExpressions;

namespace Dashboard.Web.Tests.Api;

/// <summary>The real sign-in form (static server rendering, with its antiforgery token), as a browser submits it.</summary>
internal static partial class SignIn
{
    public const string CookieName = ".Alphanode.Session";

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string email, string password)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await client.GetStringAsync("/account/login", ct);
        var fields = HiddenField().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        Assert.True(fields.ContainsKey("__RequestVerificationToken"), "the sign-in page has no antiforgery token");
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(fields), ct);
    }

    /// <summary>A signed-in answer redirects and sets the session cookie.</summary>
    public static bool Succeeded(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith(CookieName + "=", StringComparison.Ordinal));

    [GeneratedRegex("<input[^>]*?type=\"hidden\"[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenField();
}
