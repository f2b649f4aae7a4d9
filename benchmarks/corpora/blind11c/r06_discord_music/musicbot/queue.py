"""Per-guild track queue (plain data, no I/O)."""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass
class Track:
    title: str
    url: str
    requested_by: int
    duration: int = 0


@dataclass
class GuildQueue:
    tracks: deque[Track] = field(default_factory=deque)
    loop: bool = False

    def push(self, track: Track) -> int:
        self.tracks.append(track)
        return len(self.tracks)

    def pop(self) -> Track | None:
        if not self.tracks:
            return None
        track = self.tracks.popleft()
        if self.loop:
            self.tracks.append(track)
        log.debug("next track %s", track.title)
        return track


QUEUES: dict[int, GuildQueue] = {}


def for_guild(guild_id: int) -> GuildQueue:
    return QUEUES.setdefault(guild_id, GuildQueue())
