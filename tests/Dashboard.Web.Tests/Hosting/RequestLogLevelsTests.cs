using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>Health polling stays out of the log (also Development's Debug); other requests and failures stay in.</summary>
public sealed class RequestLogLevelsTests
{
    [Theory]
    [InlineData("/health", 200, LogEventLevel.Verbose)]
    [InlineData("/health/ready", 200, LogEventLevel.Verbose)]
    [InlineData("/health/ready", 503, LogEventLevel.Error)]
    [InlineData("/health/other", 404, LogEventLevel.Warning)]
    [InlineData("/", 200, LogEventLevel.Information)]
    [InlineData("/healthy-looking-post", 200, LogEventLevel.Information)]
    [InlineData("/api/posts", 404, LogEventLevel.Information)]
    [InlineData("/api/posts", 500, LogEventLevel.Error)]
    public void Each_request_is_logged_at_its_level(string path, int status, LogEventLevel expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Response.StatusCode = status;

        Assert.Equal(expected, RequestLogLevels.For(context, 3, null));
    }

    [Fact]
    public void A_failed_health_poll_with_an_exception_is_an_error()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/health/ready";

        Assert.Equal(LogEventLevel.Error, RequestLogLevels.For(context, 3, new InvalidOperationException("down")));
    }
}
