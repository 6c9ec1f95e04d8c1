using System.Buffers;

namespace Dashboard.Core.Format;

/// <summary>
/// The lines of a text as slices of it, without copying: LF, CRLF and a lone CR each end a line,
/// so line numbers match what an editor shows and CRLF files read like LF ones.
/// </summary>
internal sealed class LineTable : IDisposable
{
    private int[] _starts;
    private int[] _lengths;

    public LineTable(string text, int offset)
    {
        Text = text;
        _starts = ArrayPool<int>.Shared.Rent(128);
        _lengths = ArrayPool<int>.Shared.Rent(128);

        var span = text.AsSpan();
        var position = offset;
        while (true)
        {
            var rest = span[position..];
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                Add(position, rest.Length);
                break;
            }

            Add(position, end);
            position += end + 1;
            if (rest[end] == '\r' && position < span.Length && span[position] == '\n')
            {
                position++;
            }
        }
    }

    public string Text { get; }

    public int Count { get; private set; }

    public ReadOnlySpan<char> this[int index] => Text.AsSpan(_starts[index], _lengths[index]);

    public string GetString(int index) => Text.Substring(_starts[index], _lengths[index]);

    /// <summary>The part of the line from <paramref name="column"/> on, as a string.</summary>
    public string GetString(int index, int column) =>
        Text.Substring(_starts[index] + column, _lengths[index] - column);

    public bool IsBlank(int index) => FormatText.IsBlank(this[index]);

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_starts);
        ArrayPool<int>.Shared.Return(_lengths);
        _starts = [];
        _lengths = [];
    }

    private void Add(int start, int length)
    {
        if (Count == _starts.Length)
        {
            _starts = Grow(_starts, Count);
            _lengths = Grow(_lengths, Count);
        }

        _starts[Count] = start;
        _lengths[Count] = length;
        Count++;
    }

    private static int[] Grow(int[] array, int used)
    {
        var bigger = ArrayPool<int>.Shared.Rent(array.Length * 2);
        array.AsSpan(0, used).CopyTo(bigger);
        ArrayPool<int>.Shared.Return(array);
        return bigger;
    }
}
