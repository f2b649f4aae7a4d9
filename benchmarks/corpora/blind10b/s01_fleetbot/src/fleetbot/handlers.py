"""Command handlers."""
from fleetbot import metrics, peers
from fleetbot.log import LOGGER


async def start(update) -> None:
    await metrics.record("start")
    LOGGER.info("start from %s", update.user)
    await update.reply("Welcome aboard.")


async def status(update) -> None:
    await update.reply("All vehicles reporting.")
    LOGGER.info("status requested by %s", update.user)
    LOGGER.warning("status is served from cache")


async def echo(update) -> None:
    await peers.relay(update)


async def mirror(update) -> None:
    await metrics.record("mirror")
    await peers.mirror(update)
