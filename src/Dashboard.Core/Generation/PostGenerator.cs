using System.Globalization;
using Dashboard.Core.Format;

namespace Dashboard.Core.Generation;

/// <summary>
/// Makes synthetic alphanode exports for tests and load runs: realistic variety (topics, stacks,
/// tools, statuses, figures, checklists, scores, large view counts) and, on request, a share of
/// awkward files. Everything is a pure function of the seed and the index, so a batch is the same
/// on every run and machine, and any file can be made again alone or in parallel.
/// </summary>
public sealed class PostGenerator
{
    private const int PostStream = 1;
    private const int AwkwardStream = 2;

    /// <summary>A generator with the given options (defaults when null).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A share is outside 0 to 1.</exception>
    public PostGenerator(GeneratorOptions? options = null)
    {
        Options = options ?? new GeneratorOptions();
        Options.Validate();
    }

    /// <summary>The options this generator uses.</summary>
    public GeneratorOptions Options { get; }

    /// <summary>The source id of the post at <paramref name="index"/>: <c>alphanode-</c> and six or more digits.</summary>
    public static string SourceIdFor(int index) => "alphanode-" + index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The ordinary (never awkward) post at <paramref name="index"/>, or a near-copy of its family's original.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public Post GeneratePost(int index)
    {
        var family = this.FamilyOf(index);
        var rng = SeededRandom.For(Options.Seed, family, PostStream);
        var details = SeededRandom.For(Options.Seed, family, PostDetails.Stream);
        var post = PostComposer.Compose(family, ref rng, ref details, Options.NeedsReviewShare);
        return family == index ? post : NearCopyFamilies.Vary(post, index, Options.Seed);
    }

    /// <summary>The file at <paramref name="index"/>: canonical, or awkward with probability <see cref="GeneratorOptions.AwkwardShare"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public GeneratedFile GenerateFile(int index)
    {
        var post = GeneratePost(index);
        var rng = SeededRandom.For(Options.Seed, index, AwkwardStream);
        var kind = rng.Chance(Options.AwkwardShare) ? rng.Pick(AwkwardFiles.Kinds) : AwkwardKind.None;
        post = AwkwardPosts.Reshape(post, kind, index, ref rng);
        var content = AwkwardFiles.Encode(post, kind, ref rng);
        var fileName = $"{index:D6}_{post.SourceId}.txt";
        return new GeneratedFile(index, fileName, content, kind, AwkwardFiles.IsValid(kind), post);
    }

    /// <summary>The files at indexes 0 to <paramref name="count"/> - 1, made lazily.</summary>
    public IEnumerable<GeneratedFile> Generate(int count) => Generate(0, count);

    /// <summary>The files at indexes <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> - 1, made lazily.</summary>
    public IEnumerable<GeneratedFile> Generate(int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Files(start, count);
    }

    private IEnumerable<GeneratedFile> Files(int start, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return GenerateFile(start + i);
        }
    }
}
