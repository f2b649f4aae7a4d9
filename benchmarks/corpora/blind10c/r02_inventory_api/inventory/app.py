"""A very small ASGI application object with routing and startup hooks."""
import json

from inventory.log import get_logger

log = get_logger("app")


class App:
    def __init__(self):
        self.routes = []
        self.startup = []

    def route(self, method, path, handler, prefix=False):
        self.routes.append((method, path, prefix, handler))

    def on_startup(self, coro):
        self.startup.append(coro)
        return coro

    def _match(self, method, path):
        for m, p, prefix, handler in self.routes:
            if m == method and (path.startswith(p) if prefix else path == p):
                return handler
        return None

    async def __call__(self, scope, receive, send):
        if scope["type"] == "lifespan":
            message = await receive()
            if message["type"] == "lifespan.startup":
                for hook in self.startup:
                    await hook()
            return
        message = await receive()
        handler = self._match(scope["method"], scope["path"])
        if handler is None:
            log.warning("no route for %s %s", scope["method"], scope["path"])
            status, payload = 405, {"error": "method not allowed"}
        else:
            request = {"path": scope["path"], "body": message.get("body", b"")}
            status, payload = await handler(request)
        await send({"type": "http.response.start", "status": status, "body": json.dumps(payload).encode()})
