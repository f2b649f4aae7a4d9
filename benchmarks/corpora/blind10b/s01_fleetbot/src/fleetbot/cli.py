"""Console entry of the bot (`fleetbot`, `python -m fleetbot`)."""
import os

from fleetbot import handlers, metrics
from fleetbot.botkit import Application
from fleetbot.log import setup

COMMANDS = ("start", "status", "echo", "mirror")


def build() -> Application:
    app = Application(token=os.environ.get("FLEETBOT_TOKEN", "dev-token"))
    for name in COMMANDS:
        app.add_handler(name, getattr(handlers, name))
    return app


def main() -> None:
    setup()
    listener = metrics.start()
    try:
        build().run_polling()
    finally:
        listener.stop()
