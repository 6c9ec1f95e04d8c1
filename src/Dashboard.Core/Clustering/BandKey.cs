namespace Dashboard.Core.Clustering;

/// <summary>
/// One LSH band of a signature: posts with an equal key in the same band are candidate near-copies.
/// A database can keep these as rows of (band, hash, post) with an index on (band, hash), and find
/// a new post's candidates with one lookup per band.
/// </summary>
/// <param name="Band">The band, 0 to <see cref="ClusteringOptions.Bands"/> - 1.</param>
/// <param name="Hash">The hash of the band's signature values (a signed 64-bit value, as databases store integers).</param>
public readonly record struct BandKey(int Band, long Hash)
{
    /// <summary>The band keys of <paramref name="signature"/> under <paramref name="options"/>; none for an empty article.</summary>
    public static BandKey[] Of(MinHashSignature signature, ClusteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(options);
        if (signature.IsEmpty)
        {
            return [];
        }

        var keys = new BandKey[options.Bands];
        for (var band = 0; band < options.Bands; band++)
        {
            var rows = signature.Values.Slice(band * options.Rows, options.Rows);
            keys[band] = new BandKey(band, (long)Mix(rows, (ulong)band));
        }

        return keys;
    }

    // Each value mixed in after the ones before it: stable across runs, machines and byte orders,
    // unlike HashCode, which is seeded per process.
    private static ulong Mix(ReadOnlySpan<uint> rows, ulong band)
    {
        var h = band * 0x9E3779B97F4A7C15UL;
        foreach (var value in rows)
        {
            h ^= value;
            h = (h ^ (h >> 33)) * 0xFF51AFD7ED558CCDUL;
            h = (h ^ (h >> 33)) * 0xC4CEB9FE1A85EC53UL;
            h ^= h >> 33;
        }

        return h;
    }
}
