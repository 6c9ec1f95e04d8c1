using System.Runtime.InteropServices;

namespace Dashboard.Core.Clustering;

/// <summary>
/// The in-memory near-copy index: every post's signature, its LSH band buckets, and the clusters.
/// A post added later joins the clusters of the posts already in it; replacing or removing a post
/// recomputes the one cluster it was in, so a cluster whose link is gone splits. The clusters are
/// always the connected components of the pairs that share a band and reach the threshold, so
/// adding posts one at a time, in batches or all at once gives the same clusters.
/// Not thread-safe: one writer at a time (readers too must not overlap a write).
/// </summary>
public sealed partial class NearCopyIndex
{
    private const int None = -1;

    private readonly int _minEqualPositions;
    private readonly Dictionary<string, int> _slotOf = new(StringComparer.Ordinal);
    private readonly List<string> _sourceIds = [];
    private readonly List<MinHashSignature?> _signatures = [];
    private readonly List<uint> _values = [];
    private readonly List<BandKey[]> _keys = [];

    // Each bucket is a chain through _next: the head slot per key, then _next[slot * Bands + band].
    private readonly Dictionary<BandKey, int> _heads = [];
    private readonly List<int> _next = [];

    // Per slot, the stamp of the last post it was verified against (see NextStamp).
    private readonly List<int> _compared = [];
    private int _stamp;

    /// <summary>An empty index.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public NearCopyIndex(ClusteringOptions? options = null)
    {
        Options = options ?? new ClusteringOptions();
        Options.Validate();
        _minEqualPositions = (int)Math.Ceiling((Options.Threshold * MinHashSignature.Length) - 1e-9);
    }

    /// <summary>The threshold and banding this index uses.</summary>
    public ClusteringOptions Options { get; }

    /// <summary>How many posts the index holds.</summary>
    public int Count => _slotOf.Count;

    /// <summary>
    /// Adds a post, or replaces its signature when it is already held (an edited article).
    /// Returns the source ids whose cluster may have changed: rewrite their stored cluster.
    /// </summary>
    public IReadOnlySet<string> Add(string sourceId, MinHashSignature signature) => AddRange([new(sourceId, signature)]);

    /// <summary>Adds or replaces many posts (an import batch); returns the source ids whose cluster may have changed.</summary>
    /// <exception cref="ArgumentException">A source id is empty or appears twice in <paramref name="posts"/>.</exception>
    public IReadOnlySet<string> AddRange(IEnumerable<KeyValuePair<string, MinHashSignature>> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var affected = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (sourceId, signature) in posts)
        {
            ArgumentException.ThrowIfNullOrEmpty(sourceId);
            ArgumentNullException.ThrowIfNull(signature);
            if (!seen.Add(sourceId))
            {
                throw new ArgumentException($"The source id {sourceId} appears twice in one batch.", nameof(posts));
            }

            if (_slotOf.ContainsKey(sourceId))
            {
                affected.UnionWith(Remove(sourceId));
            }

            added.Add(Insert(sourceId, signature));
        }

        foreach (var slot in added)
        {
            JoinCandidates(slot);
        }

        // Once per cluster, not per added post: a batch of a thousand near-copies of one large
        // cluster would otherwise list its members a thousand times.
        foreach (var root in added.Select(Find).Distinct())
        {
            foreach (var member in MembersOf(root))
            {
                affected.Add(_sourceIds[member]);
            }
        }

        return affected;
    }

    /// <summary>
    /// Removes a post (deleted, or about to be replaced); its cluster is recomputed without it and may
    /// split. Returns the source ids whose cluster may have changed, the removed one included; none when it was not held.
    /// </summary>
    public IReadOnlySet<string> Remove(string sourceId)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        if (!_slotOf.Remove(sourceId, out var slot))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var component = MembersOf(slot).ToList();
        Unlink(slot);
        _signatures[slot] = null;
        Recompute(component, slot);
        return component.Select(member => _sourceIds[member]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Whether the index holds <paramref name="sourceId"/>.</summary>
    public bool Contains(string sourceId) => _slotOf.ContainsKey(sourceId);

    /// <summary>The cluster of <paramref name="sourceId"/>, or null when it is near-copy of no held post (or not held).</summary>
    public NearCopyCluster? ClusterOf(string sourceId)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        return _slotOf.TryGetValue(sourceId, out var slot) && SizeOf(slot) > 1 ? ToCluster(MembersOf(slot)) : null;
    }

    /// <summary>Every cluster of at least <paramref name="minSize"/> posts (2 or more), largest first, then by id.</summary>
    public IReadOnlyList<NearCopyCluster> Clusters(int minSize = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minSize, 2);
        return Roots()
            .Where(root => SizeOf(root) >= minSize)
            .Select(root => ToCluster(MembersOf(root)))
            .OrderByDescending(cluster => cluster.Size)
            .ThenBy(cluster => cluster.Id, StringComparer.Ordinal)
            .ToList();
    }

    private int Insert(string sourceId, MinHashSignature signature)
    {
        var slot = _sourceIds.Count;
        var keys = BandKey.Of(signature, Options);
        _sourceIds.Add(sourceId);
        _signatures.Add(signature);
        _values.AddRange(signature.Values);
        _keys.Add(keys);
        _slotOf[sourceId] = slot;
        AddSingleton();
        for (var band = 0; band < Options.Bands; band++)
        {
            _next.Add(None);
        }

        foreach (var key in keys)
        {
            _next[(slot * Options.Bands) + key.Band] = _heads.TryGetValue(key, out var head) ? head : None;
            _heads[key] = slot;
        }

        return slot;
    }

    // Only the older posts of each bucket: its chain runs from the newest slot to the oldest, so
    // from this slot on it holds exactly the posts added before it. Each pair of a batch is then
    // verified once, by its later post, and a batch costs nothing against pairs already verified.
    private void JoinCandidates(int slot)
    {
        var stamp = NextStamp();
        foreach (var key in _keys[slot])
        {
            for (var other = _next[(slot * Options.Bands) + key.Band]; other != None; other = _next[(other * Options.Bands) + key.Band])
            {
                // A pair that shares several bands is verified once; one already in the same cluster not at all.
                if (_compared[other] == stamp)
                {
                    continue;
                }

                _compared[other] = stamp;
                if (Find(other) != Find(slot) && IsNearCopy(slot, other))
                {
                    Union(slot, other);
                }
            }
        }
    }

    // A fresh mark for "verified against the post being joined", so no set is cleared per post.
    private int NextStamp()
    {
        if (_compared.Count < _sourceIds.Count)
        {
            _compared.AddRange(Enumerable.Repeat(0, _sourceIds.Count - _compared.Count));
        }

        if (++_stamp == int.MaxValue)
        {
            CollectionsMarshal.AsSpan(_compared).Clear();
            _stamp = 1;
        }

        return _stamp;
    }

    // The values of every slot side by side: a verification reads two runs of one array instead
    // of chasing a list, an object and its array for each side, which dominated large buckets.
    private bool IsNearCopy(int a, int b)
    {
        var values = CollectionsMarshal.AsSpan(_values);
        return MinHashSignature.EqualPositions(
            values.Slice(a * MinHashSignature.Length, MinHashSignature.Length),
            values.Slice(b * MinHashSignature.Length, MinHashSignature.Length)) >= _minEqualPositions;
    }

    private void Unlink(int slot)
    {
        foreach (var key in _keys[slot])
        {
            var at = (slot * Options.Bands) + key.Band;
            if (_heads[key] == slot)
            {
                if (_next[at] == None)
                {
                    _heads.Remove(key);
                }
                else
                {
                    _heads[key] = _next[at];
                }

                continue;
            }

            var previous = _heads[key];
            while (_next[(previous * Options.Bands) + key.Band] != slot)
            {
                previous = _next[(previous * Options.Bands) + key.Band];
            }

            _next[(previous * Options.Bands) + key.Band] = _next[at];
        }

        _keys[slot] = [];
    }

    private NearCopyCluster ToCluster(IEnumerable<int> members)
    {
        var ids = members.Select(member => _sourceIds[member]).Order(StringComparer.Ordinal).ToArray();
        return new NearCopyCluster(ids[0], ids[0], ids);
    }
}
