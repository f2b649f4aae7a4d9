"""Test helpers: invoke a command coroutine against a fake context."""
import logging

import discordish


def capture_to_file(path="test-run.log"):
    handler = logging.FileHandler(path)
    logging.getLogger().addHandler(handler)
    return handler


async def invoke(command, *args):
    ctx = discordish.Context(bot=None, author="tester#0000")
    await command(ctx, *args)
    logging.getLogger("tests").info("invoked %s -> %r", command.__name__, ctx.sent)
    return ctx
