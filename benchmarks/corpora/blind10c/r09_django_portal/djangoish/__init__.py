"""Stand-in for the parts of Django this project uses (standard library only)."""
import importlib
import logging.config

from djangoish.conf import settings

_configured = False


def setup():
    global _configured
    if _configured:
        return
    settings.load()
    logging.config.dictConfig(settings.LOGGING)
    for app in settings.INSTALLED_APPS:
        config = importlib.import_module(f"{app}.apps")
        config.ready()
    _configured = True
