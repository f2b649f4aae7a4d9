"""Pure threshold logic, shared by the bot and the backtest."""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def crossed(previous: float, current: float, level: float) -> bool:
    hit = (previous < level <= current) or (previous > level >= current)
    if hit:
        log.debug("level %s crossed (%s -> %s)", level, previous, current)
    return hit
