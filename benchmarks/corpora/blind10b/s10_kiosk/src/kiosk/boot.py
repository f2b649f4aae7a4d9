"""Synchronous start-up checks."""
import logging
import os
import platform

log = logging.getLogger("kiosk_boot")


def check_environment() -> dict:
    info = {"python": platform.python_version(), "display": os.environ.get("DISPLAY", ":0")}
    log.info("environment %s", info)
    return info
