"""Access log middleware."""
import logging
import time

access_log = logging.getLogger("gateway.access")


class AccessLog:
    """ASGI middleware writing one line per request."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        started = time.perf_counter()
        status = {}

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        await self.app(scope, receive, send_wrapper)
        elapsed = (time.perf_counter() - started) * 1000
        access_log.info("%s %s %s %.1fms", scope.get("method", "GET"), scope["path"], status.get("code"), elapsed)
