"""Stand-in for aiohttp.web: Application, View, middlewares and run_app (owns the loop)."""
import asyncio
import json
import logging

access_logger = logging.getLogger("aiohttp.access")


class HTTPException(Exception):
    status = 500


class HTTPNotFound(HTTPException):
    status = 404


class Request:
    def __init__(self, app, method, path, body=None):
        self.app = app
        self.method = method
        self.path = path
        self._body = body

    async def json(self):
        return json.loads(self._body or "null")


class Response:
    def __init__(self, text="", status=200):
        self.text = text
        self.status = status


def json_response(data, status=200):
    return Response(json.dumps(data), status=status)


def middleware(func):
    func.__middleware_version__ = 1
    return func


class View:
    def __init__(self, request):
        self.request = request

    async def dispatch(self):
        method = getattr(self, self.request.method.lower(), None)
        if method is None:
            raise HTTPNotFound()
        return await method()


class Router:
    def __init__(self):
        self.routes = {}

    def add_view(self, path, view):
        self.routes[path] = view


class Application(dict):
    def __init__(self, middlewares=()):
        super().__init__()
        self.router = Router()
        self.middlewares = list(middlewares)
        self.on_startup = []
        self.on_cleanup = []


async def _handle(app, request):
    async def endpoint(req):
        view = app.router.routes.get(req.path)
        if view is None:
            raise HTTPNotFound()
        return await view(req).dispatch()

    handler = endpoint
    for mw in reversed(app.middlewares):
        handler = (lambda m, h: (lambda req: m(req, h)))(mw, handler)
    response = await handler(request)
    access_logger.info('"%s %s" %s %d', request.method, request.path, response.status, len(response.text))
    return response


async def _run_app(app, requests):
    for callback in app.on_startup:
        await callback(app)
    for method, path, body in requests:
        await _handle(app, Request(app, method, path, body))
    for callback in app.on_cleanup:
        await callback(app)


DEMO = [("GET", "/health", None), ("GET", "/items", None), ("POST", "/items", '{"name": "bolt"}'),
        ("POST", "/items", "not json"), ("GET", "/missing", None)]


def run_app(app, *, host="0.0.0.0", port=8080, print=print):
    print(f"======== Running on http://{host}:{port} ========")
    asyncio.run(_run_app(app, DEMO))
