"""MQTT bridge (an asyncio.Queue stands in for the broker connection)."""
import asyncio
import logging

log = logging.getLogger("homed.mqtt")


async def publish(topic, payload):
    log.info("publish %s %s", topic, payload)
    await asyncio.sleep(0)


async def subscribe_loop(inbox, handlers):
    while True:
        topic, payload = await inbox.get()
        if topic is None:
            break
        log.info("received %s %s", topic, payload)
        handler = handlers.get(topic)
        if handler is not None:
            await handler(payload)
