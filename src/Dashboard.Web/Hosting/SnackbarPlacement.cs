using MudBlazor;
using MudBlazor.Services;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Where notifications appear and how many at once. The post page's revision card sits at the top
/// right, where MudBlazor puts snackbars by default: three stacked ones covered its status,
/// version and needs-review chip. At the bottom left they cover neither the card nor the
/// article's first lines; two at most, a repeat of a shown one dropped, the newest below.
/// </summary>
public static class SnackbarPlacement
{
    /// <summary>The most snackbars shown at once; more wait their turn.</summary>
    public const int MaxShown = 2;

    public static void Configure(MudServicesConfiguration services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var snackbars = services.SnackbarConfiguration;
        snackbars.PositionClass = Defaults.Classes.Position.BottomLeft;
        snackbars.MaxDisplayedSnackbars = MaxShown;
        snackbars.PreventDuplicates = true;
        snackbars.NewestOnTop = false;
        // Text on the theme's surface (app.css): readable at 4.5:1 or better whatever the severity,
        // in light and dark; the severity shows in the icon and the coloured edge.
        snackbars.SnackbarVariant = Variant.Text;
    }
}
