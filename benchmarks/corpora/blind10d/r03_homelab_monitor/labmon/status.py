"""Recent state transitions, kept in memory for the /api/status endpoint."""
import collections
import logging


class RingBufferHandler(logging.Handler):
    def __init__(self, size: int = 200):
        super().__init__()
        self.records = collections.deque(maxlen=size)

    def emit(self, record):
        self.records.append(self.format(record))

    def recent(self, n: int) -> list:
        return list(self.records)[-n:]


status_buffer = RingBufferHandler()
events = logging.getLogger("labmon.events")
events.propagate = False
events.addHandler(status_buffer)

_last = {}


async def record_results(results) -> int:
    changed = 0
    for result in results:
        name = result.get("name", result.get("path"))
        state = result.get("up", True)
        if _last.get(name) != state:
            events.warning("%s: %s -> %s", name, _last.get(name), state)
            _last[name] = state
            changed += 1
    return changed
