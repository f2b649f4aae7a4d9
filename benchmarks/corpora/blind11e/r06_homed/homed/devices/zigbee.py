from __future__ import annotations

import json
import logging

import aiomqtt

logger = logging.getLogger(__name__)
audit = logging.getLogger("homed.audit")

STATE: dict[str, dict] = {}


async def handle_message(msg: aiomqtt.Message) -> None:
    device = str(msg.topic).removeprefix("zigbee2mqtt/")
    try:
        payload = json.loads(msg.payload)
    except ValueError:
        logger.warning("non-JSON payload from %s", device)
        return
    STATE[device] = payload


async def poll(client: aiomqtt.Client) -> None:
    await client.subscribe("zigbee2mqtt/+")
    logger.info("subscribed to zigbee2mqtt")
    async for msg in client.messages:
        await handle_message(msg)


async def set_state(client: aiomqtt.Client, device: str, state: dict, actor: str) -> None:
    await client.publish(f"zigbee2mqtt/{device}/set", json.dumps(state))
    audit.info("%s set %s to %s", actor, device, state)
