"""A reminder that fires once."""
from reminders.compat import logging


class ReminderJob:
    log = logging.getLogger("reminders.jobs")

    def __init__(self, chat_id, delay, text):
        self.chat_id, self.delay, self.text = chat_id, delay, text

    async def fire(self, send):
        self.log.info("firing %r for chat %s", self.text, self.chat_id)
        await send(self.chat_id, f"Reminder: {self.text}")

    def __repr__(self):
        return f"ReminderJob({self.chat_id}, {self.delay}, {self.text!r})"
