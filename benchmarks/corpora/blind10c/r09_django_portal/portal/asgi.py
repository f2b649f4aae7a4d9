"""ASGI config: exposes `application`."""
import os

from djangoish.core.asgi import get_asgi_application

os.environ.setdefault("DJANGOISH_SETTINGS_MODULE", "portal.settings")

application = get_asgi_application()
