using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Review;

public sealed partial class ReviewService
{
    // Set on a chunk's own instance (StartChunk): its actions are recorded instead of applied.
    private List<(Request Request, TaskCompletionSource<ReviewResult> Result)>? _chunk;

    /// <summary>
    /// A chunk of a bulk action: the same review methods, called on <see cref="ReviewChunk.Reviews"/>,
    /// are recorded and then applied together by <see cref="ReviewChunk.ApplyAsync"/>, in one
    /// transaction, through the one apply path, with the same rules and history per post.
    /// </summary>
    internal ReviewChunk StartChunk() =>
        new(new ReviewService(contexts, notifier, clustering, time, importOptions, checks, reviewOptions, doubleReview, logger) { _chunk = [] });

    internal sealed class ReviewChunk(ReviewService reviews)
    {
        /// <summary>Call the review methods here (without awaiting them), then <see cref="ApplyAsync"/>.</summary>
        public ReviewService Reviews => reviews;

        /// <summary>Applies what was recorded; each recorded call's task then has its own result.</summary>
        public async Task ApplyAsync(CancellationToken cancellationToken)
        {
            var chunk = reviews._chunk!;
            var recorded = chunk.ToList();
            chunk.Clear();
            if (recorded.Count == 0)
            {
                return;
            }

            try
            {
                var results = await reviews.ApplyOnceAsync([.. recorded.Select(r => r.Request)], cancellationToken);
                for (var i = 0; i < recorded.Count; i++)
                {
                    recorded[i].Result.SetResult(results[i]);
                }
            }
            catch (DbUpdateException ex) when (LostRace(ex))
            {
                // Someone saved one of the chunk's posts between its read and its write: nothing of
                // the chunk was saved; each goes again on its own, and only that one is refused.
                foreach (var (request, result) in recorded)
                {
                    result.SetResult(await reviews.ApplyWithRetriesAsync(request, cancellationToken));
                }
            }
            catch (Exception ex)
            {
                foreach (var (_, result) in recorded)
                {
                    result.TrySetException(ex);
                }

                throw;
            }
        }
    }
}
