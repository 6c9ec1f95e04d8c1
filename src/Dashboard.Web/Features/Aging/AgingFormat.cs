using System.Globalization;

namespace Dashboard.Web.Features.Aging;

/// <summary>Short durations as the Overview writes them: "45 s", "3 min 20 s".</summary>
internal static class AgingFormat
{
    public static string Duration(TimeSpan duration) => duration.TotalMinutes < 1
        ? $"{duration.TotalSeconds.ToString("N0", CultureInfo.InvariantCulture)} s"
        : $"{((int)duration.TotalMinutes).ToString(CultureInfo.InvariantCulture)} min {duration.Seconds.ToString(CultureInfo.InvariantCulture)} s";
}
