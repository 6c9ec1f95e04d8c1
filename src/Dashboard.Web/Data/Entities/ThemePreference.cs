namespace Dashboard.Web.Data.Entities;

/// <summary>The colours a person chose for the app; stored with their account as a number.</summary>
public enum ThemePreference
{
    /// <summary>Follow the browser's (the system's) light or dark setting: the default.</summary>
    System = 0,
    Light = 1,
    Dark = 2,
}
