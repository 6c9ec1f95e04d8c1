using Dashboard.Core.Format;

namespace Dashboard.Core.Tests.TestData;

internal static class ParseAssert
{
    public static Post Accepts(string text)
    {
        var result = PostParser.Parse(text);
        Assert.True(result.IsSuccess, result.ToString());
        return result.Post;
    }

    public static Post Accepts(byte[] bytes)
    {
        var result = PostParser.Parse(bytes);
        Assert.True(result.IsSuccess, result.ToString());
        return result.Post;
    }

    public static IReadOnlyList<ParseError> Rejects(string text)
    {
        var result = PostParser.Parse(text);
        Assert.False(result.IsSuccess, "the parser accepted the file");
        Assert.NotEmpty(result.Errors);
        return result.Errors;
    }

    public static IReadOnlyList<ParseError> Rejects(byte[] bytes)
    {
        var result = PostParser.Parse(bytes);
        Assert.False(result.IsSuccess, "the parser accepted the file");
        Assert.NotEmpty(result.Errors);
        return result.Errors;
    }

    /// <summary>Asserts the only error is on <paramref name="line"/> and contains every fragment.</summary>
    public static ParseError Single(IReadOnlyList<ParseError> errors, int line, params string[] fragments)
    {
        var error = Assert.Single(errors);
        Assert.Equal(line, error.Line);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        }

        return error;
    }

    /// <summary>Asserts writing is a fixed point: write(parse(write(post))) == write(post).</summary>
    public static string WritesStably(Post post)
    {
        var once = PostWriter.Write(post);
        var again = PostWriter.Write(Accepts(once));
        Assert.Equal(once, again);
        return once;
    }
}
