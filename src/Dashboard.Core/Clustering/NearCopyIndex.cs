using System.Runtime.InteropServices;

namespace Dashboard.Core.Clustering;

/// <summary>
/// The in-memory near-copy index: every post's signature, its LSH band buckets, and the clusters.
/// A cluster is a representative and the posts that are near-copies of it, never of each other
/// only: linking near-copies of near-copies chains posts that merely share templates into one
/// cluster (measured on 100,000 generated posts: one of 61,688). The rule, for the posts in
/// ordinal order of source id: a post joins the earlier representative it is most alike (estimated
/// Jaccard at the threshold, ties to the earlier), or becomes a representative itself. A post's
/// place so depends only on posts before it, so adding, replacing or removing a post re-decides only
/// the later posts whose candidates changed, and the clusters are those of clustering from scratch
/// whatever the order posts came in. Not thread-safe: one writer at a time (readers too must not overlap a write).
/// </summary>
public sealed partial class NearCopyIndex
{
    private const int None = -1;
    private const int Removed = -2;

    private readonly int _minEqualPositions;
    private readonly Dictionary<string, int> _slotOf = new(StringComparer.Ordinal);
    private readonly List<string> _sourceIds = [];
    private readonly List<uint> _values = [];
    private readonly List<BandKey[]> _keys = [];
    private readonly Dictionary<BandKey, List<int>> _buckets = [];

    // Per slot: the representative's slot (itself for a representative), None before it is decided, Removed.
    private readonly List<int> _leader = [];

    // Per representative with followers: those followers.
    private readonly Dictionary<int, HashSet<int>> _followers = [];

    // Per slot, the stamp of the last post it was compared with (see NextStamp), and whether it waits to be decided.
    private readonly List<int> _compared = [];
    private readonly List<bool> _pending = [];
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
        var change = new Change(this);
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
                Unhold(sourceId, change);
            }

            change.Enqueue(Insert(sourceId, signature));
        }

        return change.Run();
    }

    /// <summary>
    /// Holds posts as decided before (read back from storage) without deciding them again: each with
    /// its representative's source id, or null for a representative. A post whose representative is
    /// not among them, or is no representative, is decided again. Returns the source ids whose cluster changed so.
    /// </summary>
    public IReadOnlySet<string> Restore(IEnumerable<(string SourceId, MinHashSignature Signature, string? Representative)> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var held = posts.Select(p => (Slot: Insert(p.SourceId, p.Signature), p.Representative)).ToList();
        var change = new Change(this);
        foreach (var (slot, representative) in held.Where(p => p.Representative is null || p.Representative == _sourceIds[p.Slot]))
        {
            _leader[slot] = slot;
        }

        foreach (var (slot, representative) in held.Where(p => p.Representative is not null && p.Representative != _sourceIds[p.Slot]))
        {
            if (_slotOf.TryGetValue(representative!, out var leader) && _leader[leader] == leader && Before(leader, slot))
            {
                Follow(slot, leader);
            }
            else
            {
                change.Enqueue(slot);
            }
        }

        return change.Run();
    }

    /// <summary>
    /// Removes a post (deleted, or about to be replaced); its followers are decided again.
    /// Returns the source ids whose cluster may have changed, the removed one included; none when it was not held.
    /// </summary>
    public IReadOnlySet<string> Remove(string sourceId)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        if (!_slotOf.ContainsKey(sourceId))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var change = new Change(this);
        Unhold(sourceId, change);
        return change.Run();
    }

    /// <summary>Whether the index holds <paramref name="sourceId"/>.</summary>
    public bool Contains(string sourceId) => _slotOf.ContainsKey(sourceId);

    /// <summary>The cluster of <paramref name="sourceId"/>, or null when it is near-copy of no held post (or not held).</summary>
    public NearCopyCluster? ClusterOf(string sourceId)
    {
        ArgumentNullException.ThrowIfNull(sourceId);
        return _slotOf.TryGetValue(sourceId, out var slot) && _followers.ContainsKey(_leader[slot]) ? ToCluster(_leader[slot]) : null;
    }

    /// <summary>Every cluster of at least <paramref name="minSize"/> posts (2 or more), largest first, then by id.</summary>
    public IReadOnlyList<NearCopyCluster> Clusters(int minSize = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minSize, 2);
        return _followers
            .Where(f => f.Value.Count + 1 >= minSize)
            .Select(f => ToCluster(f.Key))
            .OrderByDescending(cluster => cluster.Size)
            .ThenBy(cluster => cluster.Id, StringComparer.Ordinal)
            .ToList();
    }

    private int Insert(string sourceId, MinHashSignature signature)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        ArgumentNullException.ThrowIfNull(signature);
        var slot = _sourceIds.Count;
        var keys = BandKey.Of(signature, Options);
        _slotOf.Add(sourceId, slot);
        _sourceIds.Add(sourceId);
        _values.AddRange(signature.Values);
        _keys.Add(keys);
        _leader.Add(None);
        _compared.Add(0);
        _pending.Add(false);
        foreach (var key in keys)
        {
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                _buckets[key] = bucket = [];
            }

            bucket.Add(slot);
        }

        return slot;
    }

    // Takes the post out of the buckets and its cluster; a representative's followers are decided again.
    private void Unhold(string sourceId, Change change)
    {
        _slotOf.Remove(sourceId, out var slot);
        foreach (var key in _keys[slot])
        {
            var bucket = _buckets[key];
            bucket.Remove(slot);
            if (bucket.Count == 0)
            {
                _buckets.Remove(key);
            }
        }

        _keys[slot] = [];
        change.Touch(slot);
        var leader = _leader[slot];
        _leader[slot] = Removed;
        _pending[slot] = false;
        change.Forget(slot);
        if (leader == slot)
        {
            change.EnqueueFollowers(slot);
        }
        else if (leader >= 0)
        {
            Unfollow(slot, leader);
            change.Touch(leader);
        }
    }

    private void Follow(int slot, int leader)
    {
        _leader[slot] = leader;
        if (!_followers.TryGetValue(leader, out var followers))
        {
            _followers[leader] = followers = [];
        }

        followers.Add(slot);
    }

    private void Unfollow(int slot, int leader)
    {
        if (_followers.TryGetValue(leader, out var followers) && followers.Remove(slot) && followers.Count == 0)
        {
            _followers.Remove(leader);
        }
    }

    // The earlier representative the post is most alike, or the post itself.
    private int Decide(int slot)
    {
        var stamp = NextStamp();
        var (best, bestEqual) = (slot, _minEqualPositions - 1);
        foreach (var key in _keys[slot])
        {
            foreach (var other in CollectionsMarshal.AsSpan(_buckets[key]))
            {
                // A pair that shares several bands is compared once.
                if (_compared[other] == stamp || _leader[other] != other || !Before(other, slot))
                {
                    continue;
                }

                _compared[other] = stamp;
                var equal = EqualPositions(slot, other);
                if (equal > bestEqual || (equal == bestEqual && best != slot && Before(other, best)))
                {
                    (best, bestEqual) = (other, equal);
                }
            }
        }

        return best;
    }

    // The later posts that are near-copies of a new representative: each may now join it.
    private IEnumerable<int> LaterNearCopies(int slot)
    {
        var stamp = NextStamp();
        var found = new List<int>();
        foreach (var key in _keys[slot])
        {
            foreach (var other in CollectionsMarshal.AsSpan(_buckets[key]))
            {
                if (_compared[other] == stamp || _pending[other] || !Before(slot, other))
                {
                    continue;
                }

                _compared[other] = stamp;
                if (EqualPositions(slot, other) >= _minEqualPositions)
                {
                    found.Add(other);
                }
            }
        }

        return found;
    }

    private bool Before(int a, int b) => string.CompareOrdinal(_sourceIds[a], _sourceIds[b]) < 0;

    // A fresh mark for "compared with the post being decided", so no set is cleared per post.
    private int NextStamp()
    {
        if (++_stamp == int.MaxValue)
        {
            CollectionsMarshal.AsSpan(_compared).Clear();
            _stamp = 1;
        }

        return _stamp;
    }

    // The values of every slot side by side: a comparison reads two runs of one array.
    private int EqualPositions(int a, int b)
    {
        var values = CollectionsMarshal.AsSpan(_values);
        return MinHashSignature.EqualPositions(
            values.Slice(a * MinHashSignature.Length, MinHashSignature.Length),
            values.Slice(b * MinHashSignature.Length, MinHashSignature.Length));
    }

    private NearCopyCluster ToCluster(int leader)
    {
        var ids = _followers[leader].Select(member => _sourceIds[member]).Append(_sourceIds[leader]).Order(StringComparer.Ordinal).ToArray();
        return new NearCopyCluster(ids[0], ids[0], ids);
    }
}
