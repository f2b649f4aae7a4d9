import importlib
import json

import djangoish
from djangoish.conf import settings


class ASGIHandler:
    def __init__(self):
        self.urls = importlib.import_module(settings.ROOT_URLCONF).urlpatterns
        self.startup = [importlib.import_module(m).on_startup for m in settings.ASGI_STARTUP]

    async def __call__(self, scope, receive, send):
        if scope["type"] == "lifespan":
            for hook in self.startup:
                hook()
            return
        view = self.urls.get(scope["path"])
        status, payload = (404, {"detail": "not found"}) if view is None else await view(scope)
        await send({"type": "http.response.start", "status": status, "body": json.dumps(payload).encode()})


def get_asgi_application():
    djangoish.setup()
    return ASGIHandler()
