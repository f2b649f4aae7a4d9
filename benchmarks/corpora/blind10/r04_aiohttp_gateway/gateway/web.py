"""A very small stand-in for aiohttp.web (Application, RouteTableDef, run_app).

``run_app`` replays a few requests instead of binding a socket.
"""
import asyncio
import json


class Request:
    def __init__(self, method, path, match_info=None, body=None):
        self.method = method
        self.path = path
        self.match_info = match_info or {}
        self._body = body

    async def json(self):
        return json.loads(self._body or "{}")


class Response:
    def __init__(self, status=200, body=None):
        self.status = status
        self.body = body


def json_response(data, status=200):
    return Response(status, json.dumps(data))


class RouteTableDef(list):
    def get(self, path):
        def register(handler):
            self.append(("GET", path, handler))
            return handler

        return register

    def post(self, path):
        def register(handler):
            self.append(("POST", path, handler))
            return handler

        return register


class Application(dict):
    def __init__(self):
        super().__init__()
        self.routes = {}
        self.on_startup = []
        self.on_cleanup = []

    def add_routes(self, routes):
        for method, path, handler in routes:
            self.routes[(method, path.split("/{")[0])] = handler

    async def handle(self, request):
        prefix = request.path.rsplit("/", 1)[0] if request.match_info else request.path
        handler = self.routes.get((request.method, prefix))
        if handler is None:
            return Response(404)
        return await handler(request)


async def _replay(app, requests):
    for hook in app.on_startup:
        await hook(app)
    print("======== Running on http://0.0.0.0:8080 ========")
    for request in requests:
        response = await app.handle(request)
        print(request.method, request.path, response.status)
    for hook in app.on_cleanup:
        await hook(app)


def run_app(app, port=8080, requests=()):
    asyncio.run(_replay(app, requests))
