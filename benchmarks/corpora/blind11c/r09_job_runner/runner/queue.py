"""Reliable queue on Redis lists (BLMOVE into a per-worker processing list)."""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass, field

import redis.asyncio as aioredis

from runner import settings

log = logging.getLogger(__name__)


@dataclass
class Job:
    kind: str
    payload: dict
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    attempts: int = 0
    timeout: float = 300.0


class JobQueue:
    def __init__(self, url: str) -> None:
        self.url = url
        self.redis: aioredis.Redis | None = None

    async def connect(self) -> None:
        self.redis = aioredis.from_url(self.url, decode_responses=True)
        await self.redis.ping()
        log.info("connected to %s", self.url)

    async def depth(self) -> int:
        return await self.redis.llen(settings.QUEUE_KEY)

    async def reserve(self, worker: str, timeout: float = 5) -> Job | None:
        raw = await self.redis.blmove(settings.QUEUE_KEY, f"jobs:processing:{worker}", timeout, "RIGHT", "LEFT")
        return Job(**json.loads(raw)) if raw else None

    async def ack(self, worker: str, job: Job) -> None:
        await self.redis.lrem(f"jobs:processing:{worker}", 1, json.dumps(job.__dict__))

    async def retry(self, worker: str, job: Job, max_attempts: int = 5) -> None:
        await self.ack(worker, job)
        job.attempts += 1
        key = settings.QUEUE_KEY if job.attempts < max_attempts else settings.DEAD_LETTER_KEY
        await self.redis.lpush(key, json.dumps(job.__dict__))
        if key == settings.DEAD_LETTER_KEY:
            log.error("job %s (%s) moved to the dead-letter list after %d attempts", job.id, job.kind, job.attempts)
