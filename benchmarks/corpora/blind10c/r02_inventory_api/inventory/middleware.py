"""Access-log middleware (writes to the 'uvicorn.access' logger like uvicorn does)."""
import logging

access = logging.getLogger("uvicorn.access")


def access_log(app):
    async def middleware(scope, receive, send):
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        seen = {}

        async def send_wrapper(message):
            seen.setdefault("status", message.get("status"))
            await send(message)

        await app(scope, receive, send_wrapper)
        access.info('"%s %s" %s', scope["method"], scope["path"], seen.get("status"))

    return middleware
