using MudBlazor;

namespace Dashboard.Web.Features.Appearance;

/// <summary>
/// The app's one theme, light and dark. Every colour that is used as text (chips, captions,
/// links, alerts) reaches 4.5:1 on the background it sits on, also on a chip's tinted
/// background; filled chips and buttons carry a contrast text that does too (WCAG 2.2 AA).
/// </summary>
public static class DashboardTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3f51b5",
            AppbarBackground = "#3f51b5",
            Secondary = "#ad1457",
            Tertiary = "#00695c",
            Info = "#0263a8",
            Success = "#1b5e20",
            Warning = "#8a4200",
            Error = "#c62828",
            TextSecondary = "rgba(0,0,0,0.66)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#9fa8ff",
            PrimaryContrastText = "#000000",
            Secondary = "#f48fb1",
            SecondaryContrastText = "#000000",
            Tertiary = "#4db6ac",
            TertiaryContrastText = "#000000",
            Info = "#64b5f6",
            InfoContrastText = "#000000",
            Success = "#81c784",
            SuccessContrastText = "#000000",
            Warning = "#ffb74d",
            WarningContrastText = "#000000",
            Error = "#ef9a9a",
            ErrorContrastText = "#000000",
            Background = "#1a1a27",
            BackgroundGray = "#24243a",
            Surface = "#1e1e2d",
            AppbarBackground = "#27272f",
            AppbarText = "#e6e6ef",
            DrawerBackground = "#1e1e2d",
            DrawerText = "#e6e6ef",
            DrawerIcon = "#e6e6ef",
            TextPrimary = "#e6e6ef",
            TextSecondary = "#b8b8c8",
            ActionDefault = "#c8c8d8",
            LinesDefault = "rgba(255,255,255,0.16)",
            TableLines = "rgba(255,255,255,0.12)",
            TableStriped = "rgba(255,255,255,0.03)",
            TableHover = "rgba(255,255,255,0.06)",
            Divider = "rgba(255,255,255,0.16)",
        },
    };

    /// <summary>Whether <paramref name="choice"/> shows the dark palette, given the system's setting.</summary>
    public static bool IsDark(Data.Entities.ThemePreference choice, bool systemIsDark) => choice switch
    {
        Data.Entities.ThemePreference.Dark => true,
        Data.Entities.ThemePreference.Light => false,
        _ => systemIsDark,
    };
}
