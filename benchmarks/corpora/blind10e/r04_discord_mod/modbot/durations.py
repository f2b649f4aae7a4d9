"""Parse '1h30m'-style durations used by !mute and !tempban."""
import logging
import re
import sys

log = logging.getLogger(__name__)
_PART = re.compile(r"(\d+)([smhd])")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> int:
    total = sum(int(n) * _SECONDS[unit] for n, unit in _PART.findall(text))
    log.debug("parsed %r as %d s", text, total)
    return total


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG, filename="durations-demo.log")
    for arg in sys.argv[1:] or ["1h30m", "2d", "45s"]:
        print(arg, parse_duration(arg))
