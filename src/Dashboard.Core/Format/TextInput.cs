using System.Text;
using System.Text.Unicode;

namespace Dashboard.Core.Format;

/// <summary>Turns raw input into text the parser can trust, or says why it is not text.</summary>
internal static class TextInput
{
    public const string NotText = "not a UTF-8 text file";

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes strict UTF-8 without the byte-order mark; null (with an error) when the bytes are not UTF-8.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, ErrorList errors)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var at = FirstInvalidByte(bytes);
        errors.Add(LineAt(bytes, at), $"{NotText}: byte 0x{bytes[at]:X2} is not valid UTF-8 (was it saved in another encoding?)");
        return null;
    }

    /// <summary>
    /// Finds what no text file holds: a NUL character (the mark of a binary file) or a lone
    /// UTF-16 surrogate (which UTF-8 cannot represent). Returns false after adding an error.
    /// </summary>
    public static bool IsText(string text, int offset, ErrorList errors)
    {
        var span = text.AsSpan(offset);
        var nul = span.IndexOf('\0');
        var surrogate = FirstUnpairedSurrogate(span);
        if (nul < 0 && surrogate < 0)
        {
            return true;
        }

        if (nul >= 0 && (surrogate < 0 || nul < surrogate))
        {
            errors.Add(LineAt(span, nul), $"{NotText}: it contains a NUL byte, as binary files do");
        }
        else
        {
            errors.Add(LineAt(span, surrogate), $"{NotText}: it contains an unpaired UTF-16 surrogate, which UTF-8 cannot hold");
        }

        return false;
    }

    private static int FirstUnpairedSurrogate(ReadOnlySpan<char> text)
    {
        var start = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (start < 0)
        {
            return -1;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var position = 0;
        while (position < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[position..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return position;
            }

            position += consumed;
        }

        return Math.Max(0, bytes.Length - 1);
    }

    // Counts line breaks the way LineTable splits lines: CR, LF and CRLF each end one line.
    private static int LineAt(ReadOnlySpan<byte> text, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == (byte)'\r' || (text[i] == (byte)'\n' && (i == 0 || text[i - 1] != (byte)'\r')))
            {
                line++;
            }
        }

        return line;
    }

    private static int LineAt(ReadOnlySpan<char> text, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\r' || (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')))
            {
                line++;
            }
        }

        return line;
    }
}
