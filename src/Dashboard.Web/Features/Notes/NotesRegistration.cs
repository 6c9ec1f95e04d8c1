using Dashboard.Web.Features.Comments;

namespace Dashboard.Web.Features.Notes;

public static class NotesRegistration
{
    /// <summary>Comments, the open note of a post, and the header's inbox.</summary>
    public static IServiceCollection AddNotesAndComments(this IServiceCollection services) => services
        .AddSingleton<CommentService>()
        .AddSingleton<CommentAccounts>()
        .AddSingleton<OpenNoteQuery>()
        .AddSingleton<ReviewerInbox>()
        .AddScoped<InboxSignal>();
}
