"""Receives GitHub webhooks and records them as cases; runs beside the bot."""

import logging
import logging.handlers as lh
import os
import queue

from aiohttp import web
from dislog import DiscordWebhookHandler

from modbot.db import Database

log = logging.getLogger("modbot.webhooks")


def configure_logging() -> lh.QueueListener:
    q: queue.SimpleQueue = queue.SimpleQueue()
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    listener = lh.QueueListener(q, console, respect_handler_level=True)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(lh.QueueHandler(q))
    listener.start()

    log.addHandler(DiscordWebhookHandler(os.environ["ALERT_WEBHOOK_URL"]))
    return listener


async def handle_github(request: web.Request) -> web.Response:
    payload = await request.json()
    event = request.headers.get("X-GitHub-Event", "unknown")
    log.info("github %s event for %s", event, payload.get("repository", {}).get("full_name"))
    db: Database = request.app["db"]
    if event == "security_advisory":
        await db.record_case(0, 0, "advisory", payload["security_advisory"]["summary"])
    return web.json_response({"ok": True})


async def handle_health(request: web.Request) -> web.Response:
    return web.Response(text="ok")


async def on_startup(app: web.Application) -> None:
    await app["db"].connect()


async def on_cleanup(app: web.Application) -> None:
    await app["db"].close()


def main() -> None:
    listener = configure_logging()
    app = web.Application()
    app["db"] = Database(os.environ.get("DATABASE_URL", "sqlite:///modbot.db"))
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    app.router.add_post("/github", handle_github)
    app.router.add_get("/health", handle_health)
    try:
        web.run_app(app, port=int(os.environ.get("PORT", "8080")))
    finally:
        listener.stop()


if __name__ == "__main__":
    main()
