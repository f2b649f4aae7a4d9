"""Stand-up reminders. Reminder records are echoed to the console of whoever runs the bot."""
import logging


class EchoHandler(logging.Handler):
    def emit(self, record):
        print(f"[dm] {self.format(record)}")


dm_log = logging.getLogger("standup.dm")
dm_log.propagate = False
dm_log.addHandler(EchoHandler())


async def remind(users, say) -> None:
    for user in users:
        await say(f"<@{user}> stand-up time!")
        dm_log.info("reminded %s", user)
