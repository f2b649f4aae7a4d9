import logging

from fleet.core import FIRMWARE, LOG


def plan(sessions) -> list:
    return [s for s in sessions if FIRMWARE.get(s.model) not in (None, s.firmware)]


async def roll_out(sessions, batch: int = 2, log: logging.Logger = LOG) -> int:
    pending = plan(sessions)
    log.info("OTA: %d of %d devices need an update", len(pending), len(sessions))
    for i in range(0, len(pending), batch):
        for session in pending[i:i + batch]:
            await session.push_firmware(FIRMWARE[session.model])
    return len(pending)
