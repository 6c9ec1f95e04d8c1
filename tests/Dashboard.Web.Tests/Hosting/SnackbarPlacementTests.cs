using Dashboard.Web.Hosting;
using MudBlazor;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>Notifications stay clear of the post page's revision card (top right) and never stack up over the page.</summary>
public sealed class SnackbarPlacementTests
{
    [Fact]
    public void Snackbars_appear_bottom_left_two_at_most_without_repeats_on_the_themes_surface()
    {
        var services = new MudServicesConfiguration();

        SnackbarPlacement.Configure(services);

        var snackbars = services.SnackbarConfiguration;
        Assert.Equal(Defaults.Classes.Position.BottomLeft, snackbars.PositionClass);
        Assert.Equal(2, snackbars.MaxDisplayedSnackbars);
        Assert.True(snackbars.PreventDuplicates);
        Assert.Equal(Variant.Text, snackbars.SnackbarVariant);
    }
}
