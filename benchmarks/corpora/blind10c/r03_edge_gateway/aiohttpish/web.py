"""`aiohttp.web` look-alike: Application, routing, run_app (drives a scripted session)."""
import asyncio
import json
import logging

access_logger = logging.getLogger("aiohttp.access")
server_logger = logging.getLogger("aiohttp.server")

SCRIPT = (
    ("GET", "/healthz", "10.0.0.7"),
    ("GET", "/api/orders/17", "10.0.0.8"),
    ("POST", "/api/orders", "10.0.0.8"),
    ("GET", "/api/orders/18", "10.0.0.9"),
    ("GET", "/api/orders/19", "10.0.0.8"),
    ("GET", "/missing", "10.0.0.9"),
)


class Request:
    def __init__(self, method, path, remote):
        self.method, self.path, self.remote = method, path, remote


class Response:
    def __init__(self, status, body):
        self.status, self.body = status, body


def json_response(data, status=200):
    return Response(status, json.dumps(data))


class Router:
    def __init__(self):
        self.routes = []

    def add_get(self, path, handler):
        self.routes.append(("GET", path, handler))

    def add_route(self, method, path, handler):
        self.routes.append((method, path, handler))

    def resolve(self, method, path):
        for m, p, handler in self.routes:
            if m in (method, "*") and (path == p or (p.endswith("/") and path.startswith(p))):
                return handler
        return None


class Application:
    def __init__(self):
        self.router = Router()
        self.on_startup = []
        self.on_cleanup = []


async def _serve(app, host, port):
    server_logger.info("serving on http://%s:%d", host, port)
    for hook in app.on_startup:
        await hook(app)
    for method, path, remote in SCRIPT:
        handler = app.router.resolve(method, path)
        response = await handler(Request(method, path, remote)) if handler else Response(404, "")
        access_logger.info('%s "%s %s" %d', remote, method, path, response.status)
    for hook in app.on_cleanup:
        await hook(app)


def run_app(app, host="0.0.0.0", port=8080):
    asyncio.run(_serve(app, host, port))
