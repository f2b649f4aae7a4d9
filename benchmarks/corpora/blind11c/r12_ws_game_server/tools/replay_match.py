"""Re-run a recorded match move by move and check the final scores (CI job, logs to CloudWatch)."""

from __future__ import annotations

import asyncio
import json
import logging
import logging.config
import sys
from pathlib import Path

from game.match import Match

log = logging.getLogger("replay")


async def replay(record: dict) -> bool:
    match = Match(record["players"])
    for move in record["moves"]:
        reply = await match.apply_move(move["player"], move["x"], move["y"])
        if "error" in reply:
            log.error("move %s rejected: %s", move, reply["error"])
            return False
    ok = match.scores == record["scores"]
    if not ok:
        log.error("score mismatch: got %s, recorded %s", match.scores, record["scores"])
    return ok


async def main(paths: list[str]) -> int:
    results = [await replay(json.loads(Path(p).read_text(encoding="utf-8"))) for p in paths]
    log.info("%d of %d replays matched", sum(results), len(results))
    return 0 if all(results) else 1


if __name__ == "__main__":
    logging.config.dictConfig(json.loads(Path(__file__).with_name("replay-logging.json").read_text()))
    sys.exit(asyncio.run(main(sys.argv[1:])))
