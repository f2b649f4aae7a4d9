"""Token-bucket rate limiting per client address."""
import logging
import time

log = logging.getLogger(__name__)


class TokenBucket:
    def __init__(self, rate, per):
        self.rate, self.per = rate, per
        self.tokens = rate
        self.stamp = time.monotonic()

    def take(self):
        now = time.monotonic()
        self.tokens = min(self.rate, self.tokens + (now - self.stamp) * self.rate / self.per)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        log.debug("bucket empty")
        return False


BUCKETS = {}


async def allow(remote):
    bucket = BUCKETS.setdefault(remote, TokenBucket(rate=2, per=1.0))
    if not bucket.take():
        log.warning("rate limit hit for %s", remote)
        return False
    return True


if __name__ == "__main__":
    logging.basicConfig(filename="ratelimit-demo.log", level=logging.DEBUG)
    demo = TokenBucket(rate=3, per=1.0)
    print([demo.take() for _ in range(5)])
