"""Local stand-in for FastAPI: routing, startup/shutdown events, HTTPException; an ASGI app."""
import json


class HTTPException(Exception):
    def __init__(self, status_code, detail=None):
        self.status_code = status_code
        self.detail = detail


class APIRouter:
    def __init__(self, prefix=""):
        self.prefix = prefix
        self.routes = []

    def _add(self, method, path):
        def decorator(func):
            self.routes.append((method, self.prefix + path, func))
            return func
        return decorator

    def get(self, path):
        return self._add("GET", path)

    def post(self, path):
        return self._add("POST", path)


class FastAPI(APIRouter):
    def __init__(self, title="FastAPI"):
        super().__init__()
        self.title = title
        self.handlers = {"startup": [], "shutdown": []}

    def on_event(self, event):
        def decorator(func):
            self.handlers[event].append(func)
            return func
        return decorator

    def include_router(self, router):
        self.routes.extend(router.routes)

    def _match(self, method, path):
        for m, pattern, func in self.routes:
            parts, want = path.strip("/").split("/"), pattern.strip("/").split("/")
            if m != method or len(parts) != len(want):
                continue
            params = {}
            for got, exp in zip(parts, want):
                if exp.startswith("{"):
                    params[exp.strip("{}")] = got
                elif got != exp:
                    break
            else:
                return func, params
        return None, {}

    async def __call__(self, scope, receive, send):
        if scope["type"] == "lifespan":
            message = await receive()
            for func in self.handlers[message["type"].split(".")[1]]:
                await func()
            return
        func, params = self._match(scope["method"], scope["path"])
        if func is None:
            await send({"status": 404, "body": json.dumps({"detail": "Not Found"})})
            return
        body = (await receive())["body"]
        if body:
            params["payload"] = json.loads(body)
        try:
            result, status = await func(**params), 200
        except HTTPException as exc:
            result, status = {"detail": exc.detail}, exc.status_code
        await send({"status": status, "body": json.dumps(result)})
