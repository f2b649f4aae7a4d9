"""Local stand-in for slack_bolt.async_app.AsyncApp: listener decorators, and start() driving a
scripted session on a real event loop."""
import asyncio
import inspect
import logging


class AsyncApp:
    def __init__(self, token=None, signing_secret=None, name="AsyncApp"):
        self.token = token
        self.logger = logging.getLogger(f"slack_bolt.{name}")
        self.listeners = {}
        self.script = []
        self.sent = []

    def event(self, event_type):
        return self._register(("event", event_type))

    def command(self, name):
        return self._register(("command", name))

    def _register(self, key):
        def decorator(func):
            self.listeners[key] = func
            return func

        return decorator

    async def dispatch(self, kind, key, payload):
        listener = self.listeners.get((kind, key))
        if listener is None:
            self.logger.warning("Unhandled request (%s %s)", kind, key)
            return

        async def ack():
            return None

        async def say(text):
            self.sent.append((payload.get("channel"), text))

        available = {"ack": ack, "say": say, "body": payload, kind: payload}
        wanted = inspect.signature(listener).parameters
        await listener(**{k: v for k, v in available.items() if k in wanted})

    async def _run_session(self):
        self.logger.info("Bolt app is running! (%d listeners)", len(self.listeners))
        for kind, key, payload in self.script:
            await self.dispatch(kind, key, payload)

    def start(self, port=3000, path="/slack/events"):
        asyncio.run(self._run_session())
