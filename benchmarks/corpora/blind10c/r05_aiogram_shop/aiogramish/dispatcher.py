import logging

from aiogramish.types import Message

log = logging.getLogger("aiogramish.dispatcher")

SCRIPTED = ((7, "/start"), (7, "/catalog"), (7, "/buy mug 2"), (7, "/buy piano 1"), (8, "/unknown"))


class Bot:
    def __init__(self, token, parse_mode=None):
        self.token = token
        self.parse_mode = parse_mode


class Dispatcher:
    def __init__(self, bot):
        self.bot = bot
        self.handlers = {}

    def message_handler(self, commands):
        def register(coro):
            for command in commands:
                self.handlers[command] = coro
            return coro

        return register

    async def start_polling(self):
        log.info("start polling for bot %s", self.bot.token.split(":")[0])
        for chat_id, text in SCRIPTED:
            command = text.split()[0].lstrip("/")
            handler = self.handlers.get(command)
            if handler is not None:
                await handler(Message(chat_id, text))
        log.info("polling stopped")
