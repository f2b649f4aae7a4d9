"""Stand-in for ``uvicorn.run``: a lifespan startup and a few scripted requests."""
import asyncio
import logging

logger = logging.getLogger("uvicorn.error")
REQUESTS = ("/", "/api/events", "/admin")


async def _serve(app):
    logger.info("Started server process")
    await app({"type": "lifespan"}, None, None)
    for path in REQUESTS:
        sent = []

        async def send(message):
            sent.append(message)

        await app({"type": "http", "path": path}, None, send)
        print(path, sent[0]["status"])
    logger.info("Shutting down")


def run(app, host="127.0.0.1", port=8000, **kwargs):
    asyncio.run(_serve(app))
