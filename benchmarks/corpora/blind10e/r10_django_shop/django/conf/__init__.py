import importlib
import os


class LazySettings:
    _wrapped = None
    LOGGING_CONFIG = "logging.config.dictConfig"

    def __getattr__(self, name):
        if self._wrapped is None:
            self._wrapped = importlib.import_module(os.environ["DJANGO_SETTINGS_MODULE"])
        return getattr(self._wrapped, name, getattr(type(self), name, None))


settings = LazySettings()
