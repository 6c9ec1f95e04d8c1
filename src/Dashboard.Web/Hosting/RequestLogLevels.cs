using Serilog.Events;

namespace Dashboard.Web.Hosting;

/// <summary>
/// The level of each request's one log line. A load balancer or orchestrator polls the health
/// endpoints every few seconds: those lines are Verbose, below even Development's Debug, so the
/// log stays readable; a failing poll is still a warning.
/// </summary>
public static class RequestLogLevels
{
    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? error) =>
        error is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : !context.Request.Path.StartsWithSegments("/health") ? LogEventLevel.Information
        : context.Response.StatusCode >= StatusCodes.Status400BadRequest ? LogEventLevel.Warning
        : LogEventLevel.Verbose;
}
