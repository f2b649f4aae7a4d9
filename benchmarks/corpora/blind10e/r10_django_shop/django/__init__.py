"""Very small local stand-in for Django: settings, logging config, ASGI handler, management."""
VERSION = (5, 0, 0, "stand-in")


def setup():
    import importlib

    from django.conf import settings
    from django.utils.log import configure_logging

    configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)
    for app in settings.INSTALLED_APPS:
        importlib.import_module(app)
