using System.Diagnostics.CodeAnalysis;

namespace Dashboard.Core.Format;

/// <summary>The outcome of <see cref="PostParser"/>: either a post or the errors that reject the file.</summary>
public sealed class ParseResult
{
    private ParseResult(Post? post, IReadOnlyList<ParseError> errors)
    {
        Post = post;
        Errors = errors;
    }

    /// <summary>The parsed post; null when the file was rejected.</summary>
    public Post? Post { get; }

    /// <summary>Why the file was rejected, in line order; empty on success.</summary>
    public IReadOnlyList<ParseError> Errors { get; }

    /// <summary>True when the file was accepted and <see cref="Post"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Post))]
    public bool IsSuccess => Post is not null;

    /// <summary>A successful result.</summary>
    public static ParseResult Success(Post post) => new(post ?? throw new ArgumentNullException(nameof(post)), []);

    /// <summary>A failed result; <paramref name="errors"/> must not be empty.</summary>
    public static ParseResult Failure(IReadOnlyList<ParseError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed parse needs at least one error.", nameof(errors));
        }

        return new ParseResult(null, errors);
    }

    /// <summary><c>ok: source id</c>, or the errors one per line.</summary>
    public override string ToString() =>
        IsSuccess ? $"ok: {Post.SourceId}" : string.Join(Environment.NewLine, Errors);
}
