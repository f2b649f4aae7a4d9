from .views import ArticleDetailView, ArticleListView

_article_list = ArticleListView()
_article_detail = ArticleDetailView()


async def articles(scope, pk=None):
    if pk:
        return await _article_detail.get(scope, pk)
    return await _article_list.get(scope)


urlpatterns = [
    ("/articles/", articles),
]
