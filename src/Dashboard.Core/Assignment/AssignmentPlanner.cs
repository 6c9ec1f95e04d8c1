namespace Dashboard.Core.Assignment;

/// <summary>How a lead's posts are shared out among the reviewers.</summary>
public enum AssignMode
{
    /// <summary>In turn, one post each, so everyone gets about as many.</summary>
    Evenly,

    /// <summary>Posts of one stack (their first stack entry) go to the same reviewer, as far as the cap allows.</summary>
    ByStack,

    /// <summary>Posts of one topic go to the same reviewer, as far as the cap allows.</summary>
    ByTopic,
}

/// <summary>A post to be assigned: its source id and the stack or topic it is grouped by.</summary>
/// <param name="SourceId">The post's source id.</param>
/// <param name="Group">Its first stack entry or its topic (see <see cref="AssignMode"/>); null when it has none.</param>
public sealed record AssignCandidate(string SourceId, string? Group);

/// <summary>Who gets which posts, and how many found nobody with room left.</summary>
/// <param name="Assignments">Each post given out, with its reviewer, in the order of the candidates.</param>
/// <param name="Left">How many posts found no reviewer below the cap.</param>
public sealed record AssignmentPlan(IReadOnlyList<(string SourceId, string Reviewer)> Assignments, int Left)
{
    /// <summary>How many posts each reviewer gets, every reviewer named (0 included), in the order given.</summary>
    public IReadOnlyList<(string Reviewer, int Count)> PerReviewer(IReadOnlyList<string> reviewers) =>
        [.. reviewers.Select(r => (r, Assignments.Count(a => a.Reviewer == r)))];
}

/// <summary>
/// Shares posts out among reviewers with a cap per reviewer: the decision alone, so the page, the
/// API and their dry runs plan alike. Deterministic: the same posts and reviewers give the same plan.
/// </summary>
public static class AssignmentPlanner
{
    /// <summary>Plans the assignment of <paramref name="posts"/> to <paramref name="reviewers"/>, at most <paramref name="cap"/> posts each.</summary>
    public static AssignmentPlan Plan(IReadOnlyList<AssignCandidate> posts, IReadOnlyList<string> reviewers, int cap, AssignMode mode)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(reviewers);
        ArgumentOutOfRangeException.ThrowIfNegative(cap);
        var load = reviewers.Distinct(StringComparer.Ordinal).ToDictionary(r => r, _ => 0, StringComparer.Ordinal);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);

        // The reviewer with room and the fewest posts so far; ties go to the one named first.
        string? LeastLoaded() => load.Where(l => l.Value < cap).OrderBy(l => l.Value).Select(l => l.Key).FirstOrDefault();

        if (mode == AssignMode.Evenly)
        {
            foreach (var post in posts)
            {
                if (LeastLoaded() is { } reviewer)
                {
                    given[post.SourceId] = reviewer;
                    load[reviewer]++;
                }
            }
        }
        else
        {
            // The largest groups first, each to whoever has least so far; a group larger than that
            // reviewer's room spills over to the next, so the cap always holds.
            var groups = posts.GroupBy(p => p.Group ?? "", StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var reviewer = LeastLoaded();
                foreach (var post in group)
                {
                    if (reviewer is not null && load[reviewer] >= cap)
                    {
                        reviewer = LeastLoaded();
                    }

                    if (reviewer is null)
                    {
                        break;
                    }

                    given[post.SourceId] = reviewer;
                    load[reviewer]++;
                }
            }
        }

        var assignments = posts.Where(p => given.ContainsKey(p.SourceId)).Select(p => (p.SourceId, given[p.SourceId])).ToList();
        return new AssignmentPlan(assignments, posts.Count - assignments.Count);
    }
}
