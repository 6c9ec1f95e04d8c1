using System.Text;
using Dashboard.Core.Format;

namespace Dashboard.Core.Generation;

/// <summary>Turns a post into file bytes, bent the way its <see cref="AwkwardKind"/> says.</summary>
internal static class AwkwardFiles
{
    public static readonly AwkwardKind[] Kinds = [.. Enum.GetValues<AwkwardKind>().Where(kind => kind != AwkwardKind.None)];

    private static readonly (string Prefix, string Replacement)[] Malformations =
    [
        ("  • quality: ", "  • quality: high"),
        ("  • version: ", "  • version: 1.2"),
        ("  • last reviewed: ", "  • last reviewed: 2018-13-45"),
        ("  • has images: ", "  • has images: yes"),
        ("reading time", "reading time99999999999"),
        ("view count", "view count99999999999999999999"),
    ];

    /// <summary>True for the kinds the parser accepts.</summary>
    public static bool IsValid(AwkwardKind kind) => kind < AwkwardKind.MalformedValue;

    public static byte[] Encode(Post post, AwkwardKind kind, ref SeededRandom rng)
    {
        switch (kind)
        {
            case AwkwardKind.CrLf:
                return Encoding.UTF8.GetBytes(PostWriter.Write(post).Replace("\n", "\r\n", StringComparison.Ordinal));
            case AwkwardKind.ByteOrderMark:
                return [0xEF, 0xBB, 0xBF, .. PostWriter.WriteUtf8(post)];
            case AwkwardKind.Empty:
                return [];
            case AwkwardKind.Binary:
                return Binary(ref rng);
        }

        var text = PostWriter.Write(post);
        switch (kind)
        {
            case AwkwardKind.MalformedValue:
                var (prefix, replacement) = rng.Pick(Malformations);
                return Encoding.UTF8.GetBytes(ReplaceLine(text, prefix, replacement));
            case AwkwardKind.Truncated:
                // Anywhere before the last line starts, so "Similar Posts" is always lost.
                return Encoding.UTF8.GetBytes(text[..rng.Next(1, text.LastIndexOf('\n'))]);
            case AwkwardKind.NotUtf8:
                return Encoding.Latin1.GetBytes(text.Replace(" setup is ", " café setup is ", StringComparison.Ordinal));
            case AwkwardKind.DuplicateLabel:
                var hash = Line(text, "hash");
                return Encoding.UTF8.GetBytes(text.Replace(hash, hash + "\n" + hash, StringComparison.Ordinal));
            case AwkwardKind.MissingSourceId:
                return Encoding.UTF8.GetBytes(text.Replace(Line(text, "  • source id: ") + "\n", string.Empty, StringComparison.Ordinal));
            default:
                return Encoding.UTF8.GetBytes(text);
        }
    }

    // What an image saved under a .txt name looks like: a PNG signature, then bytes with NULs.
    private static byte[] Binary(ref SeededRandom rng)
    {
        var bytes = new byte[rng.Next(64, 2048)];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(rng.Next(4) == 0 ? 0 : rng.Next(256));
        }

        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        png.CopyTo(bytes);
        return bytes;
    }

    private static string Line(string text, string prefix)
    {
        var start = text.IndexOf("\n" + prefix, StringComparison.Ordinal) + 1;
        var end = text.IndexOf('\n', start);
        return text[start..end];
    }

    private static string ReplaceLine(string text, string prefix, string replacement) =>
        text.Replace(Line(text, prefix), replacement, StringComparison.Ordinal);
}
