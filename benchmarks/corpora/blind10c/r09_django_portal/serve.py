"""Production entry point: `python serve.py`."""
import uvicorn

from portal import logqueue
from portal.asgi import application

if __name__ == "__main__":
    try:
        uvicorn.run(application, host="0.0.0.0", port=8000)
    finally:
        logqueue.stop()
