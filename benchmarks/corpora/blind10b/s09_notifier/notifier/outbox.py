"""Pending messages."""
from notifier.util.logs import get_logger

OUTBOX: list = []
log = get_logger("outbox")


async def flush(bot) -> int:
    sent = 0
    while OUTBOX:
        chat_id, text = OUTBOX.pop(0)
        await bot.send_message(chat_id, text)
        sent += 1
    log.info("flushed %d messages", sent)
    return sent


def write_pending(path: str) -> int:
    with open(path, "w") as fh:
        for chat_id, text in OUTBOX:
            fh.write(f"{chat_id}\t{text}\n")
    return len(OUTBOX)
