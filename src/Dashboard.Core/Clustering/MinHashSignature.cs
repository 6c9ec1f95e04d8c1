using System.Buffers.Binary;
using System.Numerics;

namespace Dashboard.Core.Clustering;

/// <summary>
/// The MinHash signature of an article's wording: the article's word 5-grams, hashed once, fall
/// into <see cref="Length"/> bins, and each bin keeps its least hash (one-permutation hashing, an
/// empty bin borrowing another's, see <see cref="MinHasher"/>). The share of equal positions of
/// two signatures estimates the Jaccard similarity of their 5-gram sets. Immutable.
/// </summary>
public sealed class MinHashSignature : IEquatable<MinHashSignature>
{
    /// <summary>Values (bins of one-permutation hashing) per signature: the estimate's standard error is about 0.04 near the threshold.</summary>
    public const int Length = 128;

    /// <summary>The size of <see cref="ToBytes"/>: a format byte, then <see cref="Length"/> 32-bit values.</summary>
    public const int ByteLength = 1 + (Length * sizeof(uint));

    // Bumped whenever the shingles or the hash functions change, so stored signatures made
    // another way are refused (and recomputed) instead of compared with new ones.
    private const byte FormatVersion = 2;

    private readonly uint[] _values;

    internal MinHashSignature(uint[] values, bool isEmpty)
    {
        _values = values;
        IsEmpty = isEmpty;
    }

    /// <summary>The article had no words: such a post is a near-copy of nothing.</summary>
    public bool IsEmpty { get; }

    /// <summary>The least hash per hash function.</summary>
    public ReadOnlySpan<uint> Values => _values;

    /// <summary>The estimated Jaccard similarity, 0 to 1, of the two articles' 5-gram sets; 0 when either is empty.</summary>
    public double EstimateJaccard(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsEmpty || other.IsEmpty)
        {
            return 0;
        }

        return (double)EqualPositions(_values, other._values) / Length;
    }

    /// <summary>The signature as <see cref="ByteLength"/> bytes for a database column.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[ByteLength];
        bytes[0] = FormatVersion;
        for (var i = 0; i < Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(1 + (i * sizeof(uint))), _values[i]);
        }

        return bytes;
    }

    /// <summary>Reads a signature written by <see cref="ToBytes"/>.</summary>
    /// <exception cref="FormatException">The bytes are not a signature of this format and length.</exception>
    public static MinHashSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != ByteLength)
        {
            throw new FormatException($"A MinHash signature is {ByteLength} bytes; this one is {bytes.Length}.");
        }

        if (bytes[0] != FormatVersion)
        {
            throw new FormatException($"A MinHash signature of format {bytes[0]} cannot be read (this version writes {FormatVersion}); compute it again.");
        }

        var values = new uint[Length];
        var isEmpty = true;
        for (var i = 0; i < Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(1 + (i * sizeof(uint)))..]);
            isEmpty &= values[i] == uint.MaxValue;
        }

        return new MinHashSignature(values, isEmpty);
    }

    /// <inheritdoc />
    public bool Equals(MinHashSignature? other) =>
        other is not null && IsEmpty == other.IsEmpty && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MinHashSignature);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_values[0], _values[1], _values[2], _values[3]);

    internal static int EqualPositions(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= a.Length - Vector<uint>.Count; i += Vector<uint>.Count)
            {
                var same = Vector.Equals(new Vector<uint>(a[i..]), new Vector<uint>(b[i..]));
                equal -= Vector.Sum(Vector.AsVectorInt32(same));
            }
        }

        for (; i < a.Length; i++)
        {
            equal += a[i] == b[i] ? 1 : 0;
        }

        return equal;
    }
}
