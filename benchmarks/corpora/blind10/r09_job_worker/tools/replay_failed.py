"""Re-enqueue failed jobs from a dump file (operator tool, synchronous):

    python3 tools/replay_failed.py failed.jsonl
"""
import json
import logging
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from jobq.jobs import JOB_TYPES

log = logging.getLogger("jobq.replay")


def main(argv):
    logging.getLogger("jobq").addHandler(logging.FileHandler("replay.log"))
    logging.getLogger("jobq").setLevel(logging.INFO)
    path = argv[1] if len(argv) > 1 else None
    lines = open(path).read().splitlines() if path else ['{"type": "send_email"}', '{"type": "nope"}']
    replayable = [job for job in map(json.loads, lines) if job["type"] in JOB_TYPES]
    log.info("%d of %d jobs can be replayed", len(replayable), len(lines))
    print(len(replayable))


if __name__ == "__main__":
    main(sys.argv)
