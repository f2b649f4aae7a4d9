"""Screen rotation."""
import asyncio
import logging

SCREENS = ("welcome", "menu", "goodbye")


async def show(screen: str, log: logging.Logger) -> None:
    await asyncio.sleep(0)
    log.info("showing %s", screen)


async def cycle(log: logging.Logger, rounds: int = 1) -> None:
    for _ in range(rounds):
        for screen in SCREENS:
            await show(screen, log)
