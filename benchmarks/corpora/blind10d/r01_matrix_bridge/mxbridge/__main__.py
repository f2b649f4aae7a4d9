"""python -m mxbridge: run the bridge."""
import asyncio
import logging
import os

import nio

from mxbridge import logconf
from mxbridge.irc_side import IrcSide
from mxbridge.matrix_side import MatrixSide
from mxbridge.puppets import PuppetRegistry

log = logconf.get_logger("main")


def setup_logging() -> None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    logconf.install_file_handler(root, logconf.file_handler())
    root.addHandler(logconf.console_handler())
    audit = logging.getLogger("mxbridge.audit")
    audit.propagate = False
    audit.addHandler(logging.NullHandler())


def load_plugins():
    from bridgeplugins import emoji, linkpreview

    return [emoji, linkpreview]


async def amain() -> None:
    homeserver = os.environ.get("MX_HOMESERVER", "https://matrix.example.org")
    client = nio.AsyncClient(homeserver, "@bridge:example.org")
    matrix = MatrixSide(client)
    irc = IrcSide("irc.libera.example", 6697)
    puppets = PuppetRegistry("libera")
    logging.getLogger("mxbridge.audit").info("bridge starting for %s", homeserver)
    await matrix.start()
    await irc.connect()
    log.info("bridge up: %s <-> %s", homeserver, irc.server)
    for nick in ("ana", "bo"):
        await puppets.ensure_puppet(nick)
    await matrix.relay_forever(irc, load_plugins())
    await matrix.announce("bridge going down")
    await irc.quit("bridge shutting down")
    await client.close()


def run() -> None:
    setup_logging()
    with asyncio.Runner() as runner:
        runner.run(amain())
    logging.shutdown()


if __name__ == "__main__":
    run()
