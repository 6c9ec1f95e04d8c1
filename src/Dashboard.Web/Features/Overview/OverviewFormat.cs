using System.Globalization;

namespace Dashboard.Web.Features.Overview;

/// <summary>How the overview and the import pages write times, durations and lines.</summary>
public static class OverviewFormat
{
    public static string When(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan? duration) => duration switch
    {
        null => "not finished",
        { TotalSeconds: < 1 } d => $"{d.TotalMilliseconds:N0} ms",
        { TotalMinutes: < 1 } d => $"{d.TotalSeconds:N1} s",
        { TotalHours: < 1 } d => $"{(int)d.TotalMinutes} min {d.Seconds} s",
        var d => $"{(int)d.Value.TotalHours} h {d.Value.Minutes} min",
    };

    /// <summary>Line 0 is the importer's "the whole file" (unreadable, too large, a duplicate).</summary>
    public static string Line(int line) => line > 0 ? $"line {line}" : "whole file";

    public static string Percent(int part, int whole) => whole == 0 ? "0%" : (part / (double)whole).ToString("0%", CultureInfo.InvariantCulture);
}
