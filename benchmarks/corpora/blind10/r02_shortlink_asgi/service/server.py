"""Minimal stand-in for the ASGI server (uvicorn in production)."""
import asyncio
import json
import logging

log = logging.getLogger("service.server")

DEMO_REQUESTS = [
    ("POST", "/links", json.dumps({"url": "https://example.org/docs"}).encode()),
    ("GET", "/nosuchslug", b""),
]


async def _call(app, method, path, body=b""):
    scope = {"type": "http", "method": method, "path": path, "headers": []}
    events = []

    async def receive():
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message):
        events.append(message)

    await app(scope, receive, send)
    return events


async def serve(app, port, requests):
    log.info("listening on 127.0.0.1:%d", port)
    for method, path, body in requests:
        events = await _call(app, method, path, body)
        log.info("%s %s -> %s", method, path, events[0]["status"])


def run(app, port=8000, requests=None):
    asyncio.run(serve(app, port, requests or DEMO_REQUESTS))
