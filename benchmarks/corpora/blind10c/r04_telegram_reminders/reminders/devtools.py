"""Parsing helpers, with a demo for poking at them from a shell."""
import logging
from datetime import timedelta

UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def parse_delay(text):
    number, unit = text[:-1], text[-1:]
    if unit not in UNITS or not number.isdigit():
        raise ValueError(f"bad delay {text!r}, expected e.g. 10m, 2h, 1d")
    return timedelta(**{UNITS[unit]: int(number)})


if __name__ == "__main__":
    logging.basicConfig(filename="devtools.log", level=logging.DEBUG)
    for sample in ("10m", "2h", "1d"):
        logging.getLogger("devtools").debug("%s -> %s", sample, parse_delay(sample))
        print(sample, parse_delay(sample))
