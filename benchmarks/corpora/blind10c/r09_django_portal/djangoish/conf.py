import importlib
import os


class _Settings:
    def load(self):
        module = importlib.import_module(os.environ["DJANGOISH_SETTINGS_MODULE"])
        for name in dir(module):
            if name.isupper():
                setattr(self, name, getattr(module, name))


settings = _Settings()
