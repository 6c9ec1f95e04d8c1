using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Web.Features.Api;

/// <summary>
/// Every refusal under <c>/api</c> is problem details, whoever gives it: an answer without a body
/// (401 and 403 from sign-in, 404 for a path no endpoint has, 405) gets one, a parameter that
/// cannot be bound gets a 400 naming it, and an unexpected exception a 500 without its details
/// (logged here, with the trace id the answer gives), never the HTML error page.
/// </summary>
internal static partial class ApiErrorAnswers
{
    public static WebApplication UseApiErrorAnswers(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), api => api.Use(AnswerAsync));
        return app;
    }

    private static async Task AnswerAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            // A query or route value the endpoint's parameters cannot take: the message names the parameter.
            context.Response.Clear();
            await ApiProblems.Problem(ex.StatusCode, "Bad request", ex.Message).ExecuteAsync(context);
            return;
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            LogFailure(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiErrorAnswers)), ex, context.Request.Method, context.Request.Path, context.TraceIdentifier);
            context.Response.Clear();
            await ApiProblems.Problem(StatusCodes.Status500InternalServerError, "Server error",
                $"Something went wrong on the server; the log has the details (trace id {context.TraceIdentifier}).").ExecuteAsync(context);
            return;
        }

        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
        {
            await ApiProblems.Problem(response.StatusCode, ReasonPhrases.GetReasonPhrase(response.StatusCode), DetailOf(context)).ExecuteAsync(context);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The API call {Method} {Path} failed (trace id {TraceId})")]
    private static partial void LogFailure(ILogger logger, Exception exception, string method, string path, string traceId);

    private static string DetailOf(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status401Unauthorized => "Sign in, or send Authorization: Bearer <token> with a valid API token.",
        StatusCodes.Status403Forbidden => "This account or token may not do this.",
        StatusCodes.Status404NotFound => $"No API endpoint has the path {context.Request.Path}.",
        StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {context.Request.Path}.",
        var status => ReasonPhrases.GetReasonPhrase(status),
    };
}
