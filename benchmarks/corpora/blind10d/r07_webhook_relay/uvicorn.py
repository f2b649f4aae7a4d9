"""Local stand-in for uvicorn: run() applies a LOGGING_CONFIG like uvicorn's and drives the ASGI app
with a scripted list of requests on a real event loop."""
import asyncio
import logging
import logging.config
import os

LOGGING_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "default": {"format": "%(levelname)s:     %(message)s"},
        "access": {"format": "%(levelname)s:     %(message)s"},
    },
    "handlers": {
        "default": {"formatter": "default", "class": "logging.StreamHandler", "stream": "ext://sys.stderr"},
        "access": {"formatter": "access", "class": "logging.StreamHandler", "stream": "ext://sys.stdout"},
    },
    "loggers": {
        "uvicorn": {"handlers": ["default"], "level": "INFO", "propagate": False},
        "uvicorn.error": {"level": "INFO"},
        "uvicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
    },
}

logger = logging.getLogger("uvicorn.error")
access_logger = logging.getLogger("uvicorn.access")


async def _request(app, method, path, body=b"", headers=()):
    inbox = [{"type": "http.request", "body": body, "more_body": False}]
    sent = []

    async def receive():
        return inbox.pop(0) if inbox else {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path, "headers": list(headers), "client": ("127.0.0.1", 50312)}
    await app(scope, receive, send)
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    access_logger.info('127.0.0.1:50312 - "%s %s HTTP/1.1" %d', method, path, status)
    return status


async def _serve(app, host, port, requests):
    logger.info("Started server process [%d]", os.getpid())
    logger.info("Uvicorn running on http://%s:%d (Press CTRL+C to quit)", host, port)
    for request in requests:
        await _request(app, *request)
    logger.info("Finished server process [%d]", os.getpid())


def run(app, host="127.0.0.1", port=8000, log_config=LOGGING_CONFIG, requests=()):
    if log_config:
        logging.config.dictConfig(log_config)
    asyncio.run(_serve(app, host, port, list(requests)))
