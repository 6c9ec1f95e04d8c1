using Dashboard.Core.Review;
using Dashboard.Core.Sampling;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Lots;

/// <summary>The one apply path of a lot's state: permission and rule, change, state, concurrency, log, and its webhook event in the same save.</summary>
public sealed partial class LotService
{
    private async Task<LotResult> ApplyAsync(
        LotAction action,
        Reviewer reviewer,
        Func<DashboardDbContext, Task<Lot?>> find,
        Func<DashboardDbContext, Lot, Task<string>> change,
        IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            if (await find(db) is not { } lot)
            {
                return LotResult.Refused(LotFailure.NotFound, "No such lot or import batch.");
            }

            var tally = lot.State == LotState.NotSampled ? null : (await lots.ReadAsync(db, lot, cancellationToken))!.Tally;
            var allowed = LotWorkflow.Check(reviewer.Role, action, lot.State, lot.State == LotState.NotSampled ? null : lot.Plan, tally);
            if (!allowed.Allowed)
            {
                LogRefused(logger, reviewer.Name, action, lot.Id, allowed.Reason!);
                var failure = reviewer.Role is Role.Lead or Role.Admin ? LotFailure.Invalid : LotFailure.Forbidden;
                return LotResult.Refused(failure, allowed.Reason!);
            }

            var before = lot.State;
            var outcome = await change(db, lot);
            lot.State = LotWorkflow.After(action);
            if (action != LotAction.Plan)
            {
                lot.DecidedBy = reviewer.Name;
                lot.DecidedAtUtc = time.GetUtcNow().UtcDateTime;
                lot.Outcome = outcome.Length > 2000 ? outcome[..2000] : outcome;
            }

            lot.Version++;
            Webhooks.WebhookOutbox.AddLotEvent(db, lot, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            LogChanged(logger, reviewer.Name, reviewer.Role, action, lot.Id, before, lot.State, outcome);
            return new LotResult(LotFailure.None, null, lot.Id, lot.State, outcome);
        }
        catch (LotRefusedException refused)
        {
            return LotResult.Refused(refused.Failure, refused.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return LotResult.Refused(LotFailure.Conflict, "Someone else decided this lot meanwhile: reload it to see what they did.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{User} ({Role}) {Action} lot {LotId}: {StateBefore} -> {StateAfter}: {Outcome}")]
    private static partial void LogChanged(ILogger logger, string user, Role role, LotAction action, long lotId, LotState stateBefore, LotState stateAfter, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{User} was refused {Action} on lot {LotId}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string user, LotAction action, long lotId, string reason);

    private sealed class LotRefusedException(LotFailure failure, string message) : Exception(message)
    {
        public LotFailure Failure { get; } = failure;
    }
}
