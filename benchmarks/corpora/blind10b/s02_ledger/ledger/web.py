"""Minimal ASGI routing, enough for the service (stands in for the web framework)."""
import json


class Route:
    def __init__(self, path, endpoint, methods=("GET",)):
        self.path = path
        self.endpoint = endpoint
        self.methods = methods


class Request:
    def __init__(self, scope, body: bytes):
        self.scope = scope
        self.body = body

    def json(self):
        return json.loads(self.body or b"{}")


class MiniApp:
    def __init__(self, routes):
        self.routes = {r.path: r for r in routes}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return
        message = await receive()
        request = Request(scope, message.get("body", b""))
        route = self.routes.get(scope["path"])
        if route is None:
            status, payload = 404, {"detail": "not found"}
        else:
            status, payload = await route.endpoint(request)
        body = json.dumps(payload).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": body})
