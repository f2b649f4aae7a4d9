"""Routing for the ASGI app (stands in for a framework router)."""
import json


def route(path, endpoint):
    return path, endpoint


class Router:
    def __init__(self, routes):
        self.routes = dict(routes)

    async def __call__(self, scope, receive, send):
        endpoint = self.routes.get(scope["path"])
        if endpoint is None:
            status, payload = 404, {"detail": "not found"}
        else:
            status, payload = await endpoint(scope)
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": json.dumps(payload).encode()})
