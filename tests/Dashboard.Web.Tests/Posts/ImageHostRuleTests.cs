using Dashboard.Core.Checks;
using Dashboard.Web.Hosting;

namespace Dashboard.Web.Tests.Posts;

/// <summary>The page's image allow-list and the image-host check read a host list by one rule: the host exactly, as the Content Security Policy names it.</summary>
public class ImageHostRuleTests
{
    [Theory]
    [InlineData("https://example.test/a.jpg", true)]
    [InlineData("https://EXAMPLE.test/a.jpg", true)]
    [InlineData("https://images.example.test/a.jpg", false)]
    [InlineData("https://evilexample.test/a.jpg", false)]
    [InlineData("https://example.test.tracker.example/a.jpg", false)]
    public void The_page_and_the_check_allow_the_same_hosts(string url, bool allowed)
    {
        var page = new ImagesOptions { AllowedHosts = "example.test" };
        var check = new CheckOptions { ImageHosts = "example.test" };

        Assert.Equal(allowed, page.Allows(url));
        Assert.Equal(allowed, check.ImageHostList.Allows(new Uri(url).IdnHost));
    }

    [Fact]
    public void Each_list_is_parsed_once_and_again_only_when_its_setting_changes()
    {
        var page = new ImagesOptions { AllowedHosts = "a.example; not a host" };

        Assert.Same(page.List, page.List);
        Assert.Equal(["a.example"], page.Hosts());
        Assert.Equal(["not a host"], page.List.Invalid);
        page.AllowedHosts = "b.example";
        Assert.Equal(["b.example"], page.Hosts());
    }
}
