import json
import logging

import aiomqtt

from hub import history

log = logging.getLogger(__name__)


async def on_device_message(message: aiomqtt.Message) -> None:
    try:
        state = json.loads(message.payload)
    except ValueError:
        log.warning("non-JSON payload on %s", message.topic)
        return
    log.info("%s -> %s", message.topic, state)
    await history.record_state(str(message.topic), state)


async def poll_device(client: aiomqtt.Client, device: str) -> None:
    await client.publish(f"zigbee2mqtt/{device}/get", payload=json.dumps({"state": ""}))
    log.info("polled %s", device)
