"""Per-peer loggers."""
import logging


async def relay(update) -> None:
    log = logging.getLogger(f"fleetbot.peer.{update.user}")
    log.info("relaying %r", update.text)
    await update.reply(update.text.partition(" ")[2])


async def mirror(update) -> None:
    echo_log = logging.getLogger("echo_{}".format(update.user))
    echo_log.info("mirroring %r", update.text)
    await update.reply(update.text[::-1])
