using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Dashboard.Web.Features.Live;

/// <summary>
/// The presence identity of one circuit (one browser tab). While the tab's connection is down it
/// does not count as "also open by", though the server keeps the circuit for a few minutes.
/// </summary>
public sealed class PresenceCircuit(PostPresence presence) : CircuitHandler
{
    public Guid ViewerId { get; } = Guid.NewGuid();

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        presence.SetAway(ViewerId, away: true);
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        presence.SetAway(ViewerId, away: false);
        return Task.CompletedTask;
    }
}
