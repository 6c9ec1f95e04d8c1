using Dashboard.Core.Review;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Features.Notes;

public sealed partial class PostNotes : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private OpenNote? _note;
    private (long PostId, long RowVersion)? _loaded;
    private string? _markedOn;

    [Parameter, EditorRequired] public long PostId { get; set; }

    [Parameter, EditorRequired] public string SourceId { get; set; } = "";

    /// <summary>The post's row version: a decision changes it, and the note is read again.</summary>
    [Parameter, EditorRequired] public long RowVersion { get; set; }

    [Parameter] public Reviewer? Reviewer { get; set; }

    [Inject] private OpenNoteQuery Notes { get; set; } = default!;
    [Inject] private ReviewerInbox Inbox { get; set; } = default!;
    [Inject] private InboxSignal Signal { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (_loaded != (PostId, RowVersion))
        {
            _loaded = (PostId, RowVersion);
            _note = await Notes.GetAsync(PostId, _disposed.Token);
        }

        if (Reviewer is { } reviewer && _markedOn != SourceId && RendererInfo.IsInteractive)
        {
            _markedOn = SourceId;
            if (await Inbox.MarkReadAsync(SourceId, reviewer, _disposed.Token) > 0)
            {
                Signal.Raise();
            }
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
