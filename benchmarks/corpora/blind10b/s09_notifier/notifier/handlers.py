"""Bot commands."""
from notifier.dispatcher import Dispatcher
from notifier.outbox import OUTBOX, flush
from notifier.util.logs import get_logger

dp = Dispatcher()
log = get_logger("handlers")


@dp.message("/subscribe")
async def on_subscribe(message, bot) -> None:
    log.info("chat %s subscribed", message.chat_id)
    OUTBOX.append((message.chat_id, "subscribed"))
    await flush(bot)


@dp.message("/unsubscribe")
async def on_unsubscribe(message, bot) -> None:
    log.info("chat %s left", message.chat_id)
    await bot.send_message(message.chat_id, "bye")
