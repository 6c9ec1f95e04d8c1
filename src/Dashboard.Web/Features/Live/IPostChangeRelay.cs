
namespace Dashboard.Web.Features.Live;

/// <summary>Carries a post change made in this process to the other instances of the app.</summary>
public interface IPostChangeRelay
{
    /// <summary>Queues the change for the other instances; never blocks or throws (live updates are best effort).</summary>
    void Send(PostChanged change);
}
