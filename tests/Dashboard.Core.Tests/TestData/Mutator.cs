using System.Text;

namespace Dashboard.Core.Tests.TestData;

/// <summary>Damages a file the ways real transfers and edits do, reproducibly from a seed.</summary>
internal sealed class Mutator(int seed)
{
    private static readonly byte[][] Insertions =
    [
        [0x00], [0xFF], [0xC3], [(byte)'\r'], [(byte)'\n'], [(byte)'\r', (byte)'\n'], [(byte)' '], [(byte)'\t'],
        [(byte)':'], [(byte)'.'], [(byte)'x'], [0xE2, 0x80, 0xA2], [0xEF, 0xBB, 0xBF], [0xF0, 0x9F, 0x9A, 0x80],
        "  • "u8.ToArray(), "    • "u8.ToArray(), "\n\n"u8.ToArray(), ": "u8.ToArray(), "topic"u8.ToArray(),
    ];

    private readonly Random _random = new(seed);

    public string LastDescription { get; private set; } = string.Empty;

    /// <summary>One to three mutations of <paramref name="file"/>.</summary>
    public byte[] Mutate(byte[] file)
    {
        var bytes = file;
        var steps = new List<string>();
        for (var n = _random.Next(1, 4); n > 0; n--)
        {
            (bytes, var step) = MutateOnce(bytes);
            steps.Add(step);
        }

        LastDescription = string.Join(", ", steps);
        return bytes;
    }

    private (byte[] Bytes, string Step) MutateOnce(byte[] bytes)
    {
        switch (_random.Next(8))
        {
            case 0:
                var cut = _random.Next(bytes.Length + 1);
                return (bytes[..cut], $"truncate at {cut}");
            case 1:
                var at = _random.Next(bytes.Length + 1);
                var insert = Insertions[_random.Next(Insertions.Length)];
                return ([.. bytes[..at], .. insert, .. bytes[at..]], $"insert {Convert.ToHexString(insert)} at {at}");
            case 2:
                if (bytes.Length == 0)
                {
                    return (bytes, "nothing to flip");
                }

                var flipped = (byte[])bytes.Clone();
                var index = _random.Next(flipped.Length);
                var bit = _random.Next(8);
                flipped[index] ^= (byte)(1 << bit);
                return (flipped, $"flip bit {bit} of byte {index}");
            default:
                return MutateLines(bytes);
        }
    }

    private (byte[] Bytes, string Step) MutateLines(byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var i = _random.Next(lines.Count);
        var j = _random.Next(lines.Count);
        string step;
        switch (_random.Next(5))
        {
            case 0:
                lines.RemoveAt(i);
                step = $"remove line {i + 1}";
                break;
            case 1:
                lines.Insert(i, lines[i]);
                step = $"duplicate line {i + 1}";
                break;
            case 2:
                (lines[i], lines[j]) = (lines[j], lines[i]);
                step = $"swap lines {i + 1} and {j + 1}";
                break;
            case 3:
                lines.Insert(i, lines[j]);
                step = $"copy line {j + 1} before line {i + 1}";
                break;
            default:
                lines.Insert(i, string.Empty);
                step = $"blank line before {i + 1}";
                break;
        }

        return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), step);
    }
}
