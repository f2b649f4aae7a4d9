import logging

from hub.logsetup import ring

log = logging.getLogger("hub.debug")


async def snapshot(tag: str) -> list[str]:
    log.info("snapshot requested: %s", tag)
    return list(ring.records)
