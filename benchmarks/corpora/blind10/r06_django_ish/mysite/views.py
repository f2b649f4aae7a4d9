import json

from . import models
from .mixins import LoggingMixin
from .vendor.aiocache_lite import Cache

cache = Cache(ttl=30)


class ArticleListView(LoggingMixin):
    async def get(self, scope):
        articles = await cache.get("articles")
        if articles is None:
            articles = await models.afetch_articles()
            await cache.set("articles", articles)
        self.logger.info("listing %d articles", len(articles))
        return 200, json.dumps(articles).encode()


class ArticleDetailView(LoggingMixin):
    async def get(self, scope, pk):
        article = await models.aget_article(int(pk))
        if article is None:
            self.logger.warning("article %s does not exist", pk)
            return 404, b"no such article"
        return 200, article.encode()
