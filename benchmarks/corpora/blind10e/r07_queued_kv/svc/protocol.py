"""The line protocol: GET key / SET key value / DEL key."""
import logging

log = logging.getLogger(__name__)


def parse(line: str):
    verb, _, rest = line.strip().partition(" ")
    verb = verb.upper()
    if verb not in ("GET", "SET", "DEL"):
        raise ValueError(f"unknown verb {verb!r}")
    key, _, value = rest.partition(" ")
    log.debug("parsed %s %s", verb, key)
    return verb, key, value or None


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    for sample in ("SET a 1", "GET a", "DEL a"):
        print(parse(sample))
