namespace Dashboard.Core.Clustering;

/// <summary>The clusters as a union-find over slots, with each root's members kept for listing and recomputing.</summary>
public sealed partial class NearCopyIndex
{
    private readonly List<int> _parent = [];
    private readonly List<int> _size = [];

    // Only roots of clusters of two or more; a singleton's members are itself.
    private readonly Dictionary<int, List<int>> _members = [];

    private void AddSingleton()
    {
        _parent.Add(_parent.Count);
        _size.Add(1);
    }

    private int Find(int slot)
    {
        while (_parent[slot] != slot)
        {
            // Path halving keeps chains short without recursion.
            _parent[slot] = _parent[_parent[slot]];
            slot = _parent[slot];
        }

        return slot;
    }

    private int SizeOf(int slot) => _size[Find(slot)];

    private IReadOnlyList<int> MembersOf(int slot)
    {
        var root = Find(slot);
        return _members.TryGetValue(root, out var members) ? members : [root];
    }

    private IEnumerable<int> Roots() => _members.Keys;

    private void Union(int a, int b)
    {
        var (big, small) = (Find(a), Find(b));
        if (big == small)
        {
            return;
        }

        if (_size[big] < _size[small])
        {
            (big, small) = (small, big);
        }

        var bigMembers = TakeMembers(big);
        bigMembers.AddRange(TakeMembers(small));
        _members[big] = bigMembers;
        _parent[small] = big;
        _size[big] += _size[small];
    }

    private List<int> TakeMembers(int root) => _members.Remove(root, out var members) ? members : [root];

    // The cluster without the removed slot: start every member alone and join again only the
    // verified pairs inside it. No pair reaches outside it, or it would have been joined already.
    private void Recompute(IReadOnlyList<int> component, int removed)
    {
        foreach (var member in component)
        {
            _members.Remove(member);
            _parent[member] = member;
            _size[member] = 1;
        }

        var live = component.Where(member => member != removed).ToHashSet();
        foreach (var member in live)
        {
            foreach (var key in _keys[member])
            {
                for (var other = _heads[key]; other != None; other = _next[(other * Options.Bands) + key.Band])
                {
                    if (other != member && live.Contains(other) && Find(other) != Find(member) && IsNearCopy(member, other))
                    {
                        Union(member, other);
                    }
                }
            }
        }
    }
}
