"""The little framework under the site: settings, logging, ASGI handler."""
import logging
import logging.config
import os

request_logger = logging.getLogger("django.request")


def setup():
    from mysite import settings

    os.makedirs(settings.LOG_DIR, exist_ok=True)
    logging.config.dictConfig(settings.LOGGING)


class ASGIHandler:
    def __init__(self, urlpatterns):
        self.urlpatterns = urlpatterns

    def resolve(self, path):
        for prefix, view in self.urlpatterns:
            if path.startswith(prefix):
                return view, path[len(prefix):].strip("/")
        return None, None

    async def __call__(self, scope, receive, send):
        view, arg = self.resolve(scope["path"])
        if view is None:
            request_logger.warning("Not Found: %s", scope["path"])
            status, body = 404, b"not found"
        else:
            status, body = await view(scope, arg or None)
        await send({"type": "http.response.start", "status": status})
        await send({"type": "http.response.body", "body": body})


def get_asgi_application():
    setup()
    from mysite.urls import urlpatterns

    return ASGIHandler(urlpatterns)
