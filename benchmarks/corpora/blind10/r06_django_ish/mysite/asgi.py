"""ASGI entry point:  uvicorn mysite.asgi:application  (dev: python3 serve.py)"""
import os

from mysite.core import get_asgi_application

os.environ.setdefault("SETTINGS_MODULE", "mysite.settings")

application = get_asgi_application()
