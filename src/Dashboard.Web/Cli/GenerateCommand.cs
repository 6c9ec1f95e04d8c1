using System.CommandLine;
using Dashboard.Core.Generation;

namespace Dashboard.Web.Cli;

/// <summary><c>generate --count N --out DIR [--seed S] [--awkward SHARE] [--needs-review SHARE]</c>.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "How many files to write", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write to (created if missing)", Required = true };
        var seed = new Option<int>("--seed") { Description = "The generator's seed: the same seed gives the same files", DefaultValueFactory = _ => 1 };
        var awkward = new Option<double>("--awkward") { Description = "Share (0 to 1) of awkward files: CRLF, BOM, unknown labels, truncated, binary...", DefaultValueFactory = _ => 0 };
        var needsReview = new Option<double>("--needs-review") { Description = "Share (0 to 1) of posts flagged needs human review", DefaultValueFactory = _ => 0.8 };
        var command = new Command("generate", "Write a synthetic batch of alphanode files") { count, output, seed, awkward, needsReview };
        command.Validators.Add(result =>
        {
            if (result.GetValue(count) < 0)
            {
                result.AddError("--count must be 0 or more");
            }

            if (result.GetValue(awkward) is < 0 or > 1 || result.GetValue(needsReview) is < 0 or > 1)
            {
                result.AddError("--awkward and --needs-review are shares from 0 to 1");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var folder = result.GetValue(output)!;
            Directory.CreateDirectory(folder);
            var generator = new PostGenerator(new GeneratorOptions
            {
                Seed = result.GetValue(seed),
                AwkwardShare = result.GetValue(awkward),
                NeedsReviewShare = result.GetValue(needsReview),
            });
            var written = 0;
            foreach (var file in generator.Generate(result.GetValue(count)))
            {
                await File.WriteAllBytesAsync(Path.Combine(folder, file.FileName), file.Content, cancellationToken);
                written++;
            }

            Console.WriteLine($"generated {written} files in {Path.GetFullPath(folder)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
