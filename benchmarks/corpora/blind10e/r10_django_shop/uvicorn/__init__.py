"""Local stand-in for uvicorn.run(): imports "module:attr" and drives the ASGI app on a loop."""
import asyncio
import importlib

DEMO = [("GET", "/products/"), ("GET", "/products/2/"), ("GET", "/products/9/"), ("POST", "/checkout/"), ("POST", "/payments/webhook/"),
        ("GET", "/nope/")]


async def _serve(app):
    for method, path in DEMO:
        async def receive():
            return {"type": "http.request", "body": b'{"product": 2, "qty": 1}'}

        async def send(message):
            print(method, path, message["status"], message["body"])

        await app({"type": "http", "method": method, "path": path}, receive, send)


def run(app, host="127.0.0.1", port=8000, workers=1):
    if isinstance(app, str):
        module, _, attr = app.partition(":")
        app = getattr(importlib.import_module(module), attr)
    asyncio.run(_serve(app))
