import json
import logging
import os

logger = logging.getLogger("uvicorn.error")
access = logging.getLogger("uvicorn.access")

DEMO = [("GET", "/items", b""), ("GET", "/items/7", b""), ("POST", "/items", b'{"name": "lamp", "price": 12}'),
        ("POST", "/items", b'{"name": ""}'), ("GET", "/healthz", b"")]


class Server:
    def __init__(self, app, host, port):
        self.app = app
        self.host = host
        self.port = port

    async def lifespan(self, event):
        messages = [{"type": f"lifespan.{event}"}]

        async def receive():
            return messages.pop(0)

        async def send(message):
            pass

        await self.app({"type": "lifespan"}, receive, send)

    async def request(self, method, path, body):
        result = {}

        async def receive():
            return {"type": "http.request", "body": body}

        async def send(message):
            result.update(message)

        await self.app({"type": "http", "method": method, "path": path}, receive, send)
        access.info('%s:0 - "%s %s HTTP/1.1" %s', self.host, method, path, result.get("status"))
        return result

    async def serve(self):
        logger.info("Started server process [%d]", os.getpid())
        await self.lifespan("startup")
        for method, path, body in DEMO:
            response = await self.request(method, path, body)
            print(json.loads(response["body"]))
        await self.lifespan("shutdown")
