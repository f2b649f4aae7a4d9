import logging
import time

import redis.asyncio as redis

audit_log = logging.getLogger("chat.audit")
_redis = redis.from_url("redis://localhost:6379/0")


async def record_join(user: str, room: str) -> None:
    await _redis.xadd(f"audit:{room}", {"user": user, "event": "join", "ts": time.time()})
    audit_log.info("%s joined %s", user, room)


async def record_leave(user: str, room: str) -> None:
    await _redis.xadd(f"audit:{room}", {"user": user, "event": "leave", "ts": time.time()})
