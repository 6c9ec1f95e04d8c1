namespace Dashboard.Web.Features.Review;

/// <summary>
/// Who has which post open right now, across every circuit of this process, so a post page can
/// say "also open by ..." and reviewers do not work on the same post unknowingly.
/// </summary>
public sealed class PostPresence
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Dictionary<Guid, string>> _open = new(StringComparer.Ordinal);
    private readonly HashSet<Guid> _away = [];

    /// <summary>Raised with the source id whose viewers changed; handlers must marshal onto their own circuit.</summary>
    public event Action<string>? Changed;

    /// <summary>Records that <paramref name="name"/> (one page, <paramref name="viewerId"/>) has the post open, until the result is disposed.</summary>
    public IDisposable Join(string sourceId, Guid viewerId, string name)
    {
        lock (_gate)
        {
            if (!_open.TryGetValue(sourceId, out var viewers))
            {
                _open[sourceId] = viewers = [];
            }

            viewers[viewerId] = name;
        }

        Raise(sourceId);
        return new Registration(this, sourceId, viewerId);
    }

    /// <summary>The names of the others who have the post open, without the page <paramref name="viewerId"/> itself.</summary>
    public IReadOnlyList<string> Others(string sourceId, Guid viewerId)
    {
        lock (_gate)
        {
            return _open.TryGetValue(sourceId, out var viewers)
                ? [.. viewers.Where(v => v.Key != viewerId && !_away.Contains(v.Key)).Select(v => v.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase)]
                : [];
        }
    }

    /// <summary>
    /// A page whose connection dropped (tab closed, laptop asleep) is kept by the server for a while
    /// in case it comes back; meanwhile it is not shown as present.
    /// </summary>
    public void SetAway(Guid viewerId, bool away)
    {
        List<string> affected;
        lock (_gate)
        {
            var changed = away ? _away.Add(viewerId) : _away.Remove(viewerId);
            affected = changed ? [.. _open.Where(o => o.Value.ContainsKey(viewerId)).Select(o => o.Key)] : [];
        }

        foreach (var sourceId in affected)
        {
            Raise(sourceId);
        }
    }

    private void Leave(string sourceId, Guid viewerId)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(sourceId, out var viewers) && viewers.Remove(viewerId) && viewers.Count == 0)
            {
                _open.Remove(sourceId);
            }
        }

        Raise(sourceId);
    }

    private void Raise(string sourceId)
    {
        foreach (var handler in Changed?.GetInvocationList().Cast<Action<string>>() ?? [])
        {
            try
            {
                handler(sourceId);
            }
            catch (Exception)
            {
                // One broken page must not keep the others from hearing about it.
            }
        }
    }

    private sealed class Registration(PostPresence owner, string sourceId, Guid viewerId) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Leave(sourceId, viewerId);
            }
        }
    }
}
