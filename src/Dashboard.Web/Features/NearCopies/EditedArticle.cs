using Dashboard.Core.Clustering;
using Dashboard.Core.Format;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.NearCopies;

/// <summary>An edit's part in near-copy clustering: the post's new signature, saved with the edit, pending until placed.</summary>
public static class EditedArticle
{
    /// <summary>
    /// Adds the signature of <paramref name="post"/> to the context's changes when it differs from the
    /// stored one; returns whether it did (then place it with <see cref="NearCopyClustering.PlacePendingAsync"/> after saving).
    /// </summary>
    public static async Task<bool> StageSignatureAsync(DashboardDbContext db, long postId, Post post, CancellationToken cancellationToken)
    {
        var signature = MinHasher.Default.Compute(post).ToBytes();
        var stored = await db.PostSignatures.SingleOrDefaultAsync(s => s.PostId == postId, cancellationToken);
        if (stored is null)
        {
            db.PostSignatures.Add(new PostSignature { PostId = postId, Signature = signature });
            return true;
        }

        if (stored.Signature.AsSpan().SequenceEqual(signature))
        {
            return false;
        }

        stored.Signature = signature;
        stored.Pending = true;
        stored.Revision++;
        return true;
    }
}
