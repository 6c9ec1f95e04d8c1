using Dashboard.Core.Webhooks;

namespace Dashboard.Core.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    // The example of the Standard Webhooks specification: its secret, message id, timestamp, body and signature.
    private const string SpecSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string SpecId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long SpecTimestamp = 1614265330;
    private const string SpecBody = "{\"test\": 2432232314}";

    [Fact]
    public void Sign_gives_the_specifications_example_signature()
    {
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.Sign(SpecSecret, SpecId, SpecTimestamp, SpecBody));
    }

    [Fact]
    public void Verify_accepts_the_signature_among_several_and_refuses_a_changed_body_or_timestamp()
    {
        var header = "v1,bm9ub25lCg== " + WebhookSignature.Sign(SpecSecret, SpecId, SpecTimestamp, SpecBody);

        Assert.True(WebhookSignature.Verify(SpecSecret, SpecId, SpecTimestamp, SpecBody, header));
        Assert.False(WebhookSignature.Verify(SpecSecret, SpecId, SpecTimestamp, SpecBody + " ", header));
        Assert.False(WebhookSignature.Verify(SpecSecret, SpecId, SpecTimestamp + 1, SpecBody, header));
    }

    [Fact]
    public void A_new_secret_is_whsec_and_32_random_bytes()
    {
        var secret = WebhookSignature.NewSecret();

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(32, WebhookSignature.KeyOf(secret)!.Length);
        Assert.NotEqual(secret, WebhookSignature.NewSecret());
        Assert.Null(WebhookSignature.KeyOf("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    }

    [Fact]
    public void Retries_double_from_the_first_wait_and_stop_a_day_after_queueing()
    {
        var retry = new WebhookRetry(TimeSpan.FromSeconds(30), TimeSpan.FromHours(24));
        var queued = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

        Assert.Equal(queued.AddSeconds(30), retry.NextAttempt(1, queued, queued));
        Assert.Equal(queued.AddSeconds(120), retry.NextAttempt(3, queued, queued));
        Assert.Equal(queued.AddHours(4), retry.NextAttempt(20, queued, queued));
        Assert.Equal(queued.AddHours(24), retry.NextAttempt(20, queued, queued.AddHours(23)));
        Assert.Null(retry.NextAttempt(21, queued, queued.AddHours(24)));
    }

    [Fact]
    public void Each_post_event_is_raised_by_entering_one_status_and_names_are_unique()
    {
        Assert.Equal(WebhookEventTypes.All.Count, WebhookEventTypes.All.Select(e => e.Name).Distinct().Count());
        Assert.Equal(WebhookEventTypes.PostApproved, WebhookEventTypes.ForEnteredStatus(Dashboard.Core.Review.ReviewStatus.Approved));
        Assert.Equal(WebhookEventTypes.PostIndexed, WebhookEventTypes.ForEnteredStatus(Dashboard.Core.Review.ReviewStatus.Indexed));
        Assert.Null(WebhookEventTypes.ForEnteredStatus(Dashboard.Core.Review.ReviewStatus.InReview));
    }
}
