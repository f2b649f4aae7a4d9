from aiohttp import web

from api.mixins import LoggingMixin


class HealthView(LoggingMixin, web.View):
    async def get(self):
        self.logger.info("health check")
        return web.json_response({"status": "ok"})


class ItemsView(LoggingMixin, web.View):
    async def get(self):
        items = list(self.request.app["db"].items.values())
        self.logger.info("listing %d items", len(items))
        return web.json_response(items)

    async def post(self):
        payload = await self.request.json()
        item = self.request.app["db"].insert(payload["name"])
        self.logger.info("created item %s", item["id"])
        return web.json_response(item, status=201)
