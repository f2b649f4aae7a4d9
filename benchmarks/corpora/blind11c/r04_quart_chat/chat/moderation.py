"""Word filter and mutes. Decisions are logged for the moderation dashboard."""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

from chat import rooms

log = logging.getLogger(__name__)

_muted: dict[tuple[str, str], float] = {}
_pattern: re.Pattern[str] | None = None


def load_wordlist(path: Path) -> None:
    global _pattern
    words = [w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip()]
    _pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.I) if words else None
    log.info("loaded %d filtered words", len(words))


def is_muted(room: str, user: str) -> bool:
    until = _muted.get((room, user))
    return until is not None and until > time.monotonic()


async def screen(room: str, user: str, text: str) -> bool:
    if _pattern is not None and _pattern.search(text):
        log.warning("message removed", extra={"mod": {"room": room, "user": user, "action": "remove"}})
        await rooms.broadcast_system(room, f"a message from {user} was removed")
        return False
    return True


async def mute(room: str, user: str, minutes: int, by: str) -> None:
    _muted[(room, user)] = time.monotonic() + minutes * 60
    await rooms.broadcast_system(room, f"{user} is muted for {minutes} min")
    log.info("muted", extra={"mod": {"room": room, "user": user, "by": by, "minutes": minutes}})
