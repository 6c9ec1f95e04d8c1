using Bunit;
using Dashboard.Web.Components.Shared;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Components;

public class ScoreBarTests : BunitContext
{
    public ScoreBarTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    [Fact]
    public void ScoreBar_WithAScore_ShowsTheNumberAndABar()
    {
        var cut = Render<ScoreBar>(p => p.Add(s => s.Value, 87));

        var bar = cut.Find(".score-bar");
        Assert.Equal("87 of 100", bar.GetAttribute("title"));
        Assert.Equal("87", bar.TextContent.Trim());
        Assert.DoesNotContain("n/a", cut.Markup);
    }

    [Fact]
    public void ScoreBar_TheBarIsNamedForScreenReadersByItsScore()
    {
        var cut = Render<ScoreBar>(p => p.Add(s => s.Value, 62).Add(s => s.Label, "Quality"));

        Assert.Equal("Quality: 62 of 100", cut.Find("[role=progressbar]").GetAttribute("aria-label"));
    }

    [Fact]
    public void ScoreBar_WithoutAScore_ShowsNotApplicable()
    {
        var cut = Render<ScoreBar>(p => p.Add(s => s.Value, null));

        Assert.Empty(cut.FindAll(".score-bar"));
        Assert.Equal("n/a", cut.Find(".mud-typography").TextContent.Trim());
    }

    [Fact]
    public void ScoreBar_ZeroScore_IsShownNotTreatedAsMissing()
    {
        var cut = Render<ScoreBar>(p => p.Add(s => s.Value, 0));

        Assert.Equal("0", cut.Find(".score-bar").TextContent.Trim());
    }
}
