from __future__ import annotations

import logging
import struct

log = logging.getLogger(__name__)
FRAME = struct.Struct("<BBhH")


def crc16(data: bytes) -> int:
    crc = 0xFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def parse(frame: bytes) -> tuple[int, float] | None:
    address, kind, raw, crc = FRAME.unpack(frame[: FRAME.size])
    if crc16(frame[: FRAME.size - 2]) != crc:
        log.warning("bad crc from sensor %d", address)
        return None
    return address, raw / 10.0


def request(address: int) -> bytes:
    body = bytes([address, 0x03, 0x00, 0x00])
    return body + crc16(body).to_bytes(2, "little")
