import asyncio
import logging

from . import utils
from .utils import MISSING

_log = logging.getLogger(__name__)


class Intents:
    def __init__(self, **flags):
        self.flags = flags

    @classmethod
    def default(cls):
        return cls(guilds=True, members=False)


class Client:
    def __init__(self, *, intents):
        self.intents = intents
        self._listeners = {}
        self.user = "modbot#0001"

    def event(self, coro):
        self._listeners.setdefault(coro.__name__, []).append(coro)
        return coro

    async def dispatch(self, event, *args):
        for coro in self._listeners.get(event, []):
            await coro(*args)

    async def setup_hook(self):
        pass

    async def _simulate(self):
        """Subclasses feed the demo gateway events here."""

    async def start(self, token):
        _log.info("logging in using static token")
        await self.setup_hook()
        await self.dispatch("on_ready")
        await self._simulate()

    def run(self, token, *, log_handler=MISSING, log_formatter=MISSING, log_level=MISSING, root_logger=False):
        if log_handler is not None:
            utils.setup_logging(
                handler=None if log_handler is MISSING else log_handler,
                formatter=None if log_formatter is MISSING else log_formatter,
                level=logging.INFO if log_level is MISSING else log_level,
                root=root_logger,
            )
        asyncio.run(self.start(token))
