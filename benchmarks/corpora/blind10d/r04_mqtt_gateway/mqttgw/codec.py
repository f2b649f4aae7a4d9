import json
import logging

log = logging.getLogger(__name__)


def encode(reading: dict) -> bytes:
    return json.dumps(reading, separators=(",", ":")).encode()


def decode(payload: bytes) -> dict:
    try:
        return json.loads(payload)
    except ValueError:
        log.warning("undecodable payload %r", payload[:40])
        return {}
