"""arena-replay: re-check a recorded match offline (no event loop)."""
import logging

from arena import protocol
from arena.anticheat import MAX_SPEED, speed_of

RECORDED = ["JOIN lobby ana", "MOVE 1 1 0.5", "MOVE 40 0 0.2", "QUIT"]


def main() -> int:
    logging.basicConfig(level=logging.DEBUG, handlers=[logging.FileHandler("replay.log"), logging.StreamHandler()])
    log = logging.getLogger("arena.replay")
    flagged = 0
    for line in RECORDED:
        msg = protocol.parse(line)
        if msg["cmd"] == "MOVE" and speed_of(*map(float, msg["args"])) > MAX_SPEED:
            flagged += 1
            log.warning("would flag: %s", line)
    log.info("%d of %d moves flagged", flagged, len(RECORDED))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
