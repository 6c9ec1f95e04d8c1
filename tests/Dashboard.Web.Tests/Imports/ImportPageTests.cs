using Bunit;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Imports;

/// <summary>Files chosen in the browser are imported as one batch, and the page shows what came of each.</summary>
public sealed class ImportPageTests : BunitContext, IAsyncLifetime
{
    private TestDatabase? _database;

    public ImportPageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        AddAuthorization().SetAuthorized("lead@example.test").SetRoles("lead");
    }

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton(_database.Importer);
        Services.AddSingleton(_database.Get<Microsoft.Extensions.Options.IOptions<Dashboard.Web.Hosting.ImportOptions>>());
        Services.AddScoped<Dashboard.Web.Features.Review.CurrentReviewer>();
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Chosen_files_are_imported_and_the_refused_one_is_named_with_its_line()
    {
        var cut = Render<ImportPage>();
        var truncated = TestFiles.SampleText[..(TestFiles.SampleText.Length / 2)];

        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText(TestFiles.SampleText, "good.txt"),
            InputFileContent.CreateFromText(truncated, "cut-short.txt"));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=import-summary]")), TimeSpan.FromSeconds(20));
        var summary = cut.Find("[data-testid=import-summary]").TextContent;
        Assert.Contains("1 imported", summary, StringComparison.Ordinal);
        Assert.Contains("1 failed", summary, StringComparison.Ordinal);
        var errors = cut.Find("[data-testid=import-errors]").TextContent;
        Assert.Contains("cut-short.txt", errors, StringComparison.Ordinal);
        Assert.Contains("truncated", errors, StringComparison.Ordinal);

        await using var context = _database!.CreateContext();
        var batch = await context.ImportBatches.OrderBy(b => b.Id).LastAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(("browser upload", "lead@example.test", 1, 1), (batch.Origin, batch.ImportedBy, batch.Imported, batch.Failed));
        Assert.True(await context.Posts.AnyAsync(p => p.SourceId == TestFiles.SampleSourceId, Xunit.TestContext.Current.CancellationToken));
    }
}
