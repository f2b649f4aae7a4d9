"""Server-side move validation. Evidence goes to its own file, kept apart from the game log."""
import logging
import os

EVIDENCE_LOG = os.environ.get("ARENA_EVIDENCE_LOG", "anticheat-evidence.log")
MAX_SPEED = 12.0

log = logging.getLogger("arena.anticheat")
log.propagate = False
log.setLevel(logging.INFO)
log.addHandler(logging.FileHandler(EVIDENCE_LOG, delay=True))

_strikes = {}


def speed_of(dx: float, dy: float, dt: float) -> float:
    return (dx * dx + dy * dy) ** 0.5 / max(dt, 1e-3)


async def inspect_move(player: str, dx: float, dy: float, dt: float) -> bool:
    speed = speed_of(dx, dy, dt)
    if speed <= MAX_SPEED:
        return True
    _strikes[player] = _strikes.get(player, 0) + 1
    log.warning("%s moved at %.1f u/s (max %.1f), strike %d", player, speed, MAX_SPEED, _strikes[player])
    return False


async def ban(player: str, reason: str) -> None:
    log.error("banning %s: %s", player, reason)
