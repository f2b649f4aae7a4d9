"""Local stand-in for uvicorn: run() configures uvicorn's own loggers and runs the loop."""
import asyncio

from uvicorn.config import configure_logging
from uvicorn.server import Server

__all__ = ["run"]


def run(app, *, host="127.0.0.1", port=8000, log_level="info"):
    configure_logging(log_level)
    server = Server(app, host, port)
    asyncio.run(server.serve())
