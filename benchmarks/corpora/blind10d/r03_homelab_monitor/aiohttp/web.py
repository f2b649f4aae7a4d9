"""Local stand-in for aiohttp.web: Application, RouteTableDef, json_response, run_app."""
import asyncio
import json
import logging

access_logger = logging.getLogger("aiohttp.access")
server_logger = logging.getLogger("aiohttp.server")


class Request:
    def __init__(self, app, method, path):
        self.app = app
        self.method = method
        self.path = path


class Response:
    def __init__(self, status=200, text=""):
        self.status = status
        self.text = text


def json_response(data, status=200):
    return Response(status, json.dumps(data))


class RouteTableDef(list):
    def _add(self, method, path):
        def register(handler):
            self.append((method, path, handler))
            return handler

        return register

    def get(self, path):
        return self._add("GET", path)

    def post(self, path):
        return self._add("POST", path)


class Application(dict):
    def __init__(self):
        super().__init__()
        self.router = []
        self.on_startup = []
        self.on_cleanup = []

    def add_routes(self, routes):
        self.router.extend(routes)


async def _handle(app, method, path):
    for m, p, handler in app.router:
        if m == method and p == path:
            try:
                response = await handler(Request(app, method, path))
            except Exception:
                server_logger.exception("Error handling request")
                response = Response(500)
            break
    else:
        response = Response(404)
    access_logger.info('"%s %s" %d', method, path, response.status)
    return response


async def _serve(app, requests):
    for hook in app.on_startup:
        await hook(app)
    for method, path in requests:
        await _handle(app, method, path)
    for hook in app.on_cleanup:
        await hook(app)


def run_app(app, *, host="0.0.0.0", port=8080, requests=None):
    print(f"======== Running on http://{host}:{port} ========")
    asyncio.run(_serve(app, requests if requests is not None else app.get("demo_requests", [])))
