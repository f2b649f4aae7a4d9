"""CI step: validate the agent's default configuration."""
import logging
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from agent import config  # noqa: E402


def main():
    logging.basicConfig(filename="ci-check.log", level=logging.DEBUG)
    log = logging.getLogger("ci")
    problems = []
    if config.CYCLES < 1:
        problems.append("AGENT_CYCLES must be >= 1")
    if not config.EXPORTER_URL.startswith("http"):
        problems.append("AGENT_EXPORTER must be an http(s) URL")
    for problem in problems:
        log.error(problem)
    print("config ok" if not problems else "\n".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
