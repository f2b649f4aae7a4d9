"""Just enough of an aiohttp-like web layer for the dashboard (requests are simulated)."""
import asyncio


class Request:
    def __init__(self, method, path):
        self.method = method
        self.path = path


class Response:
    def __init__(self, text="", status=200):
        self.text = text
        self.status = status


class Router:
    def __init__(self):
        self.routes = {}

    def add_get(self, path, handler):
        self.routes[("GET", path)] = handler


class Application:
    def __init__(self):
        self.router = Router()
        self.middlewares = []

    async def handle(self, request):
        handler = self.router.routes.get((request.method, request.path))
        if handler is None:
            return Response("not found", 404)
        for middleware in reversed(self.middlewares):
            handler = _wrap(middleware, handler)
        return await handler(request)


def _wrap(middleware, handler):
    async def wrapped(request):
        return await middleware(request, handler)

    return wrapped


def run_app(app, paths=("/", "/pages")):
    async def replay():
        for path in paths:
            response = await app.handle(Request("GET", path))
            print(path, response.status, response.text)

    asyncio.run(replay())
