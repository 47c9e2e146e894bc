package dev.watchkeeper.core.bot;

class InMemorySendRateLimiterTest extends SendRateLimiterContract {
    @Override
    protected SendRateLimiter newLimiter() {
        return new InMemorySendRateLimiter(SendLimits.telegram());
    }
}
