"""Frame codec shared by the relay and the gateway firmware tools."""
from __future__ import annotations

import logging
import struct

import msgpack

log = logging.getLogger(__name__)
HEADER = struct.Struct("!BHI")


def encode(kind: int, seq: int, payload: dict) -> bytes:
    body = msgpack.packb(payload)
    return HEADER.pack(kind, seq, len(body)) + body


def decode(frame: bytes) -> tuple[int, int, dict]:
    kind, seq, size = HEADER.unpack_from(frame)
    body = frame[HEADER.size : HEADER.size + size]
    if len(body) != size:
        log.warning("truncated frame seq=%d (%d of %d bytes)", seq, len(body), size)
    return kind, seq, msgpack.unpackb(body)


if __name__ == "__main__":
    import sys

    logging.basicConfig(filename="codec-debug.log", level=logging.DEBUG)
    with open(sys.argv[1], "rb") as fh:
        print(decode(fh.read()))
