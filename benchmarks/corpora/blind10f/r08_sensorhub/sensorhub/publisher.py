from __future__ import annotations

import asyncio
import json
import logging

import aiomqtt


class Publisher:
    def __init__(self, host: str, topic: str, log: logging.Logger) -> None:
        self.host = host
        self.topic = topic
        self.log = log
        self.client: aiomqtt.Client | None = None

    async def connect(self) -> None:
        self.client = aiomqtt.Client(self.host)
        await self.client.__aenter__()
        self.log.info("connected to broker %s", self.host)

    async def publish_forever(self, queue: asyncio.Queue) -> None:
        while True:
            channel, address, value = await queue.get()
            payload = json.dumps({"channel": channel, "sensor": address, "value": value})
            try:
                await self.client.publish(f"{self.topic}/{channel}/{address}", payload)
            except aiomqtt.MqttError as exc:
                self.log.error("publish failed: %s", exc)
