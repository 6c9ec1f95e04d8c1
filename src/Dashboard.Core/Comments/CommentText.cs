using System.Text;
using System.Text.RegularExpressions;

namespace Dashboard.Core.Comments;

/// <summary>One piece of a comment as shown: text, or a mention of an account.</summary>
/// <param name="Text">The text; for a mention, null.</param>
/// <param name="AccountId">The mentioned account's id; for text, null.</param>
public sealed record CommentSegment(string? Text, string? AccountId);

/// <summary>
/// A comment's text and its @mentions. People write <c>@lead@example.test</c>; the stored text
/// holds <c>@&lt;account id&gt;</c> instead, so a mention keeps pointing at its account whatever
/// the account is later called, and is shown by the account's current name.
/// </summary>
public static partial class CommentText
{
    /// <summary>The most characters of a comment.</summary>
    public const int MaxLength = 4000;

    /// <summary>The handles written in <paramref name="text"/> (<c>@name</c>, without the @), in order, each once.</summary>
    public static IReadOnlyList<string> Handles(string text) =>
        [.. Written().Matches(text).Select(m => m.Groups["handle"].Value).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>
    /// The text to store: each written handle replaced by its account id (<paramref name="idOf"/>),
    /// or null with the handles no account has, named.
    /// </summary>
    public static string? Encode(string text, Func<string, string?> idOf, out IReadOnlyList<string> unknown)
    {
        // Text that already looks stored would pass for a mention nobody wrote: refused as unknown.
        var missing = Stored().Matches(text).Select(m => m.Value[1..]).ToList();
        var encoded = Written().Replace(text, match =>
        {
            var handle = match.Groups["handle"].Value;
            if (idOf(handle) is { } id)
            {
                return $"@<{id}>";
            }

            missing.Add(handle);
            return match.Value;
        });
        unknown = [.. missing.Distinct(StringComparer.OrdinalIgnoreCase)];
        return unknown.Count == 0 ? encoded : null;
    }

    /// <summary>The account ids a stored text mentions.</summary>
    public static IReadOnlyList<string> MentionedIds(string stored) =>
        [.. Stored().Matches(stored).Select(m => m.Groups["id"].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>A stored text as text and mentions, in order.</summary>
    public static IReadOnlyList<CommentSegment> Segments(string stored)
    {
        var segments = new List<CommentSegment>();
        var at = 0;
        foreach (Match match in Stored().Matches(stored))
        {
            if (match.Index > at)
            {
                segments.Add(new CommentSegment(stored[at..match.Index], null));
            }

            segments.Add(new CommentSegment(null, match.Groups["id"].Value));
            at = match.Index + match.Length;
        }

        if (at < stored.Length)
        {
            segments.Add(new CommentSegment(stored[at..], null));
        }

        return segments;
    }

    /// <summary>A stored text for reading: each mention as <c>@</c> and the name <paramref name="nameOf"/> gives.</summary>
    public static string Display(string stored, Func<string, string> nameOf)
    {
        var text = new StringBuilder();
        foreach (var segment in Segments(stored))
        {
            text.Append(segment.Text ?? "@" + nameOf(segment.AccountId!));
        }

        return text.ToString();
    }

    // A handle starts after a space or the start, so an address written in the text is no mention;
    // it may itself be an email address (the accounts' names). A final full stop ends the sentence.
    [GeneratedRegex(@"(?<![\w@<])@(?<handle>[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*(?:@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*)?)")]
    private static partial Regex Written();

    [GeneratedRegex(@"@<(?<id>[^<>\s]{1,100})>")]
    private static partial Regex Stored();
}
