namespace Dashboard.Web.Features.Live;

/// <summary>
/// Who has which post open right now, across every circuit of this process, so a post page can
/// say "also open by ..." and reviewers do not work on the same post unknowingly. With several
/// instances (PostgreSQL), the names the other instances report are added, each report valid
/// until it expires, so the viewers of an instance that died vanish on their own.
/// </summary>
public sealed class PostPresence
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Dictionary<Guid, string>> _open = new(StringComparer.Ordinal);
    private readonly HashSet<Guid> _away = [];
    private readonly Dictionary<(string Instance, string SourceId), RemoteViewers> _remote = [];

    /// <summary>Raised with the source id whose viewers changed; handlers must marshal onto their own circuit.</summary>
    public event Action<string>? Changed;

    /// <summary>Raised with the source id whose viewers on this instance changed (for the relay to the other instances).</summary>
    public event Action<string>? LocalChanged;

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

        Raise(sourceId, local: true);
        return new Registration(this, sourceId, viewerId);
    }

    /// <summary>The names of the others who have the post open, without the page <paramref name="viewerId"/> itself.</summary>
    public IReadOnlyList<string> Others(string sourceId, Guid viewerId)
    {
        lock (_gate)
        {
            var local = _open.TryGetValue(sourceId, out var viewers)
                ? viewers.Where(v => v.Key != viewerId && !_away.Contains(v.Key)).Select(v => v.Value)
                : [];
            var remote = _remote.Where(r => r.Key.SourceId == sourceId).SelectMany(r => r.Value.Names);
            return [.. local.Concat(remote).Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase)];
        }
    }

    /// <summary>The names of everyone on this instance who has the post open and is connected: what the other instances are told.</summary>
    public IReadOnlyList<string> LocalNames(string sourceId)
    {
        lock (_gate)
        {
            return _open.TryGetValue(sourceId, out var viewers)
                ? [.. viewers.Where(v => !_away.Contains(v.Key)).Select(v => v.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]
                : [];
        }
    }

    /// <summary>The posts someone on this instance has open.</summary>
    public IReadOnlyList<string> LocalSourceIds()
    {
        lock (_gate)
        {
            return [.. _open.Keys];
        }
    }

    /// <summary>
    /// What <paramref name="instance"/> reports: who has the post open there, valid until
    /// <paramref name="expiresAt"/> unless it reports again (it does so regularly while alive).
    /// </summary>
    public void SetRemote(string instance, string sourceId, IReadOnlyList<string> names, DateTimeOffset expiresAt)
    {
        bool changed;
        lock (_gate)
        {
            var key = (instance, sourceId);
            var before = _remote.TryGetValue(key, out var known) ? known.Names : [];
            changed = !before.SequenceEqual(names, StringComparer.Ordinal);
            if (names.Count == 0)
            {
                _remote.Remove(key);
            }
            else
            {
                _remote[key] = new RemoteViewers([.. names], expiresAt);
            }
        }

        if (changed)
        {
            Raise(sourceId, local: false);
        }
    }

    /// <summary>Forgets the reports not renewed in time: their instance stopped or lost its database connection.</summary>
    public void DropExpired(DateTimeOffset now) => DropRemote(r => r.Value.ExpiresAt <= now);

    /// <summary>Forgets everything <paramref name="instance"/> reported (it said it is stopping).</summary>
    public void DropInstance(string instance) => DropRemote(r => r.Key.Instance == instance);

    private void DropRemote(Func<KeyValuePair<(string Instance, string SourceId), RemoteViewers>, bool> gone)
    {
        List<string> affected;
        lock (_gate)
        {
            var keys = _remote.Where(gone).Select(r => r.Key).ToList();
            foreach (var key in keys)
            {
                _remote.Remove(key);
            }

            affected = [.. keys.Select(k => k.SourceId).Distinct(StringComparer.Ordinal)];
        }

        foreach (var sourceId in affected)
        {
            Raise(sourceId, local: false);
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
            Raise(sourceId, local: true);
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

        Raise(sourceId, local: true);
    }

    private void Raise(string sourceId, bool local)
    {
        var handlers = Changed?.GetInvocationList() ?? [];
        if (local)
        {
            handlers = [.. handlers, .. LocalChanged?.GetInvocationList() ?? []];
        }

        foreach (var handler in handlers.Cast<Action<string>>())
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

    private sealed record RemoteViewers(string[] Names, DateTimeOffset ExpiresAt);

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
