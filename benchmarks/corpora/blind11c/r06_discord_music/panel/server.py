"""Web control panel: ``python -m panel.server`` (runs beside the bot, reads its data dir)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

import discord
from aiohttp import web

from panel import views


def main() -> None:
    handler = RotatingFileHandler("logs/panel.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    discord.utils.setup_logging(handler=handler, level=logging.INFO)
    app = web.Application()
    app.add_routes(views.routes)
    web.run_app(app, host="127.0.0.1", port=8089, access_log=None)


if __name__ == "__main__":
    main()
