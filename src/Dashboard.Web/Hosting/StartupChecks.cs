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
            foreach (var message in messages)
            {
                Console.Error.WriteLine($"configuration error: {message}");
            }

            Console.Error.WriteLine("The app did not start. Fix the setting in appsettings.json or its environment variable (Section__Key) and start it again.");
            return false;
        }
    }
}
