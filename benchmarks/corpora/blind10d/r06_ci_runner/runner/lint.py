"""ci-lint: validate a pipeline definition (offline)."""
import json
import logging
import sys

from runner.jobs import Job

KNOWN_STEPS = {"checkout", "build"}
SAMPLE = '{"id": "7", "name": "nightly", "steps": ["checkout", "build", "deploy"]}'


def main(argv=None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s")
    job = Job(**json.loads(argv[0] if argv else SAMPLE))
    unknown = [s for s in job.steps if s not in KNOWN_STEPS]
    for step in unknown:
        logging.warning("job %s: unknown step %r", job.id, step)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
