using Microsoft.Extensions.Options;
using Serilog.Events;

namespace Dashboard.Web.Hosting;

/// <summary>
/// The logging settings Serilog would otherwise get wrong without naming them: a level it cannot
/// parse ends the app with a stack trace, and a folder it cannot write to leaves it without file logs.
/// </summary>
internal static class LogSettingsChecks
{
    private const string MinimumLevel = "Serilog:MinimumLevel";

    /// <summary>
    /// One message per level under <c>Serilog:MinimumLevel</c> (its short form, Default, each
    /// Override) that is not a level. An empty value is no setting: a section with children reads as "".
    /// </summary>
    public static IReadOnlyList<string> WrongLevels(IConfiguration configuration)
    {
        var section = configuration.GetSection(MinimumLevel);
        var levels = new List<(string Key, string? Value)> { (MinimumLevel, section.Value), ($"{MinimumLevel}:Default", section["Default"]) };
        levels.AddRange(section.GetSection("Override").GetChildren().Select(o => ($"{MinimumLevel}:Override:{o.Key}", o.Value)));
        return
        [
            .. levels
                .Where(level => !string.IsNullOrEmpty(level.Value) && !IsLevel(level.Value))
                .Select(level => $"{level.Key} is '{level.Value}'; use one of {string.Join(", ", Enum.GetNames<LogEventLevel>())}."),
        ];
    }

    // Serilog reads level names without regard to case.
    private static bool IsLevel(string value) =>
        Enum.TryParse<LogEventLevel>(value, ignoreCase: true, out var level) && Enum.IsDefined(level);
}

/// <summary>
/// <c>Logs:Folder</c> must be a folder the app can create and write: the file sink reports nothing
/// when it cannot, and the app would run without its log files.
/// </summary>
internal sealed class LogsFolderWritable(IHostEnvironment environment) : IValidateOptions<LogsOptions>
{
    public ValidateOptionsResult Validate(string? name, LogsOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            return ValidateOptionsResult.Success; // the Required attribute names it
        }

        var folder = LoggingRegistration.FolderOf(options.Folder, environment.ContentRootPath);
        try
        {
            Directory.CreateDirectory(folder);
            using var probe = new FileStream(
                Path.Combine(folder, $".write-check-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ValidateOptionsResult.Fail($"Logs:Folder {folder} cannot be written: {ex.Message}");
        }
    }
}
