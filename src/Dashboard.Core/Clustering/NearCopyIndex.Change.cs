namespace Dashboard.Core.Clustering;

/// <summary>One change to the index: the posts to decide, in source id order, and what it touched.</summary>
public sealed partial class NearCopyIndex
{
    private sealed class Change(NearCopyIndex index)
    {
        // A replaced post's old and new slot share a source id: the slot breaks the tie, or the set would take them for one.
        private readonly SortedSet<int> _queue = new(Comparer<int>.Create((a, b) =>
            string.CompareOrdinal(index._sourceIds[a], index._sourceIds[b]) is var bySourceId and not 0 ? bySourceId : a.CompareTo(b)));
        private readonly HashSet<int> _touched = [];

        public void Enqueue(int slot)
        {
            if (index._leader[slot] != Removed && _queue.Add(slot))
            {
                index._pending[slot] = true;
            }
        }

        public void Forget(int slot) => _queue.Remove(slot);

        public void EnqueueFollowers(int leader)
        {
            if (index._followers.TryGetValue(leader, out var followers))
            {
                foreach (var follower in followers)
                {
                    Enqueue(follower);
                }
            }
        }

        public void Touch(int slot) => _touched.Add(slot);

        // Earliest first: a post is decided only after every earlier post it depends on, and a
        // decision enqueues only later posts, so each post is decided at most once.
        public IReadOnlySet<string> Run()
        {
            while (_queue.Min is var slot && _queue.Remove(slot))
            {
                index._pending[slot] = false;
                var before = index._leader[slot];
                var after = index.Decide(slot);
                if (after == before)
                {
                    continue;
                }

                Touch(slot);
                if (before >= 0 && before != slot)
                {
                    index.Unfollow(slot, before);
                    Touch(before);
                }

                if (after == slot)
                {
                    index._leader[slot] = slot;
                    foreach (var later in index.LaterNearCopies(slot))
                    {
                        Enqueue(later);
                    }
                }
                else
                {
                    // A representative no longer: its followers look for another.
                    if (before == slot)
                    {
                        EnqueueFollowers(slot);
                    }

                    index.Follow(slot, after);
                    Touch(after);
                }
            }

            var affected = new HashSet<string>(StringComparer.Ordinal);
            foreach (var slot in _touched)
            {
                affected.Add(index._sourceIds[slot]);
                if (index._followers.TryGetValue(slot, out var followers))
                {
                    affected.UnionWith(followers.Select(f => index._sourceIds[f]));
                }
            }

            return affected;
        }
    }
}
