using System.Buffers;
using System.Numerics;

namespace Dashboard.Core.Checks;

/// <summary>
/// An open-addressing set of 64-bit hashes on a pooled array: the repetition checks add a few
/// hundred hashes per post, 10^5 posts a batch, and a <see cref="HashSet{T}"/> each would be garbage.
/// </summary>
internal struct HashSetOfHashes : IDisposable
{
    private ulong[] _slots;
    private int _mask;
    private int _count;

    public HashSetOfHashes(int capacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity));
        _slots = ArrayPool<ulong>.Shared.Rent(size);
        Array.Clear(_slots, 0, size);
        _mask = size - 1;
    }

    /// <summary>Adds <paramref name="hash"/>; false when it was there already.</summary>
    public bool Add(ulong hash)
    {
        // 0 marks an empty slot, so the one hash that is 0 is stored as 1.
        hash = hash == 0 ? 1 : hash;
        if ((_count + 1) * 2 > _mask + 1)
        {
            Grow();
        }

        var i = (int)hash & _mask;
        while (_slots[i] != 0)
        {
            if (_slots[i] == hash)
            {
                return false;
            }

            i = (i + 1) & _mask;
        }

        _slots[i] = hash;
        _count++;
        return true;
    }

    public void Dispose()
    {
        if (_slots is not null)
        {
            ArrayPool<ulong>.Shared.Return(_slots);
            _slots = null!;
        }
    }

    private void Grow()
    {
        var old = _slots;
        var oldSize = _mask + 1;
        var size = oldSize * 2;
        _slots = ArrayPool<ulong>.Shared.Rent(size);
        Array.Clear(_slots, 0, size);
        _mask = size - 1;
        for (var k = 0; k < oldSize; k++)
        {
            if (old[k] != 0)
            {
                var i = (int)old[k] & _mask;
                while (_slots[i] != 0)
                {
                    i = (i + 1) & _mask;
                }

                _slots[i] = old[k];
            }
        }

        ArrayPool<ulong>.Shared.Return(old);
    }
}
