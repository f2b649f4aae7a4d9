import importlib
import logging

from django.conf import settings
from django.http import HttpRequest, JsonResponse

logger = logging.getLogger("django.request")


class ASGIHandler:
    def resolve(self, path):
        urlconf = importlib.import_module(settings.ROOT_URLCONF)
        for route, view, _name in urlconf.urlpatterns:
            prefix, _, param = route.partition("<int:")
            if param and path.startswith(prefix) and path[len(prefix):].rstrip("/").isdigit():
                return view, {param.rstrip(">/"): int(path[len(prefix):].rstrip("/"))}
            if path == route:
                return view, {}
        return None, {}

    async def __call__(self, scope, receive, send):
        message = await receive()
        request = HttpRequest(scope["method"], scope["path"], message.get("body", b""))
        view, kwargs = self.resolve(scope["path"].lstrip("/"))
        if view is None:
            logger.warning("Not Found: %s", scope["path"])
            response = JsonResponse({"detail": "not found"}, status=404)
        else:
            response = await view(request, **kwargs)
        await send({"type": "http.response", "status": response.status_code, "body": response.content})
