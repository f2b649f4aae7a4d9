"""Wire format: 'JOIN #chan', 'MSG #chan text', 'QUIT'."""
import logging
import sys

log = logging.getLogger(__name__)
CHANNELS = ("#general", "#random")


def parse(line: str):
    verb, _, rest = line.strip().partition(" ")
    channel, _, text = rest.partition(" ")
    if verb not in ("JOIN", "MSG", "QUIT"):
        raise ValueError(f"bad verb {verb!r}")
    if verb != "QUIT" and channel not in CHANNELS:
        raise ValueError(f"no such channel {channel!r}")
    log.debug("%s %s", verb, channel)
    return verb, channel, text


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)
    for sample in sys.argv[1:] or ["JOIN #general", "MSG #random hello", "QUIT"]:
        print(parse(sample))
