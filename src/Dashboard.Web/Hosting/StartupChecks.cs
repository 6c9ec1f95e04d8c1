using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

public static class StartupChecks
{
    /// <summary>
    /// Validates every bound setting before anything else runs, and stops with one clear line
    /// per wrong setting, naming its key, instead of a stack trace.
    /// </summary>
    public static bool SettingsAreValid(IHost app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
            return true;
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException or AggregateException)
        {
            var messages = ex switch
            {
                OptionsValidationException options => options.Failures,
                AggregateException many => many.InnerExceptions.SelectMany(e => e is OptionsValidationException o ? o.Failures : [e.Message]),
                _ => [ex.Message],
            };
            Report(messages);
            return false;
        }
    }

    /// <summary>One line per wrong setting, then what to do: for checks that can only run once the host is built.</summary>
    public static void Report(IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            Console.Error.WriteLine($"configuration error: {message}");
        }

        Console.Error.WriteLine("The app did not start. Fix the setting in appsettings.json or its environment variable (Section__Key) and start it again.");
    }
}
