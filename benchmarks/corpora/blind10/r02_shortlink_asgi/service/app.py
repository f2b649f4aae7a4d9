"""The ASGI application."""
import json

from .db import fetch_link, store_link
from .slugs import unique_slug
from .util import get_logger

log = get_logger("app")


class ShortlinkApp:
    def __init__(self):
        self.middleware = []

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return
        for hook in self.middleware:
            await hook(scope["path"])
        log.info("%s %s", scope["method"], scope["path"])
        if scope["method"] == "POST" and scope["path"] == "/links":
            status, body = await self.create(receive)
        else:
            status, body = await self.resolve(scope["path"].lstrip("/"))
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": json.dumps(body).encode()})

    async def create(self, receive):
        message = await receive()
        url = json.loads(message["body"])["url"]
        slug = await unique_slug(url, self._exists)
        await store_link(slug, url)
        return 201, {"slug": slug}

    async def resolve(self, slug):
        url = await fetch_link(slug)
        if url is None:
            log.info("unknown slug %s", slug)
            return 404, {"error": "not found"}
        return 302, {"location": url}

    @staticmethod
    async def _exists(slug):
        return await fetch_link(slug) is not None


app = ShortlinkApp()
