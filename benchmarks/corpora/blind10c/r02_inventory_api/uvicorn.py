"""Stand-in for ``uvicorn.run``: drives an ASGI app through a short scripted session."""
import asyncio
import logging

logger = logging.getLogger("uvicorn.error")

SCRIPT = (
    ("GET", "/items", b""),
    ("POST", "/items", b'{"sku": "A-1", "qty": 3}'),
    ("GET", "/items/A-1", b""),
    ("GET", "/items/ZZ-9", b""),
    ("DELETE", "/items/A-1", b""),
)


async def _lifespan(app, phase):
    messages = [{"type": f"lifespan.{phase}"}]

    async def receive():
        return messages.pop(0) if messages else {"type": "lifespan.idle"}

    async def send(message):
        pass

    await app({"type": "lifespan"}, receive, send)


async def _request(app, method, path, body):
    chunks = [{"type": "http.request", "body": body, "more_body": False}]
    sent = []

    async def receive():
        return chunks.pop(0) if chunks else {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    await app({"type": "http", "method": method, "path": path, "headers": []}, receive, send)
    return sent[0]["status"] if sent else 500


async def serve(app, host, port):
    logger.info("Started server process on http://%s:%d", host, port)
    await _lifespan(app, "startup")
    for method, path, body in SCRIPT:
        status = await _request(app, method, path, body)
        print(f'{host}:{port} - "{method} {path}" {status}')
    await _lifespan(app, "shutdown")
    logger.info("Finished server process")


def run(app, host="127.0.0.1", port=8000, log_config=None, **kwargs):
    asyncio.run(serve(app, host, port))
