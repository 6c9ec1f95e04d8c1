using Bunit;
using Dashboard.Web.Components.Shared;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Components;

public class StatusChipTests : BunitContext
{
    public StatusChipTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    [Theory]
    [InlineData("drafted")]
    [InlineData("in review")]
    [InlineData("changes requested")]
    [InlineData("approved")]
    public void StatusChip_ShowsTheStatusText(string status)
    {
        var cut = Render<StatusChip>(p => p.Add(s => s.Status, status));

        Assert.Equal(status, cut.Find("[data-testid=status-chip]").TextContent.Trim());
    }
}
