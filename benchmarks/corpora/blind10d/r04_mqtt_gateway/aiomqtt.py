"""Local stand-in for aiomqtt: an async client with a scripted inbox (no broker needed)."""
import asyncio
import logging

_log = logging.getLogger("aiomqtt")


class Message:
    def __init__(self, topic, payload):
        self.topic = topic
        self.payload = payload


class Client:
    def __init__(self, hostname, port=1883, identifier=None):
        self.hostname = hostname
        self.port = port
        self.identifier = identifier
        self.subscriptions = []
        self.published = []
        self._inbox = []

    async def connect(self):
        await asyncio.sleep(0)
        _log.info("connected to %s:%d as %s", self.hostname, self.port, self.identifier)

    async def disconnect(self):
        await asyncio.sleep(0)
        _log.info("disconnected from %s", self.hostname)

    async def __aenter__(self):
        await self.connect()
        return self

    async def __aexit__(self, *exc_info):
        await self.disconnect()

    async def subscribe(self, topic, qos=0):
        self.subscriptions.append(topic)
        await asyncio.sleep(0)

    async def publish(self, topic, payload, qos=0):
        self.published.append((topic, payload))
        await asyncio.sleep(0)

    def inject(self, topic, payload):
        self._inbox.append(Message(topic, payload))

    async def next_message(self):
        await asyncio.sleep(0)
        return self._inbox.pop(0) if self._inbox else None
