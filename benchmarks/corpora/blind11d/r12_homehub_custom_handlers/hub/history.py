import logging

log = logging.getLogger("hub.history")


async def record_state(topic: str, state: dict) -> None:
    log.info("%s %s", topic, state)
