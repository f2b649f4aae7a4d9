"""Rotate the status-page API key (run by hand, synchronous)."""

import logging
import os
from logging.handlers import SMTPHandler

import requests

log = logging.getLogger("monitor.rotate")
log.setLevel(logging.INFO)
log.addHandler(logging.FileHandler("rotate_keys.log"))
log.addHandler(SMTPHandler("localhost", "monitor@example.com", ["ops@example.com"], "Key rotated"))


def main() -> None:
    resp = requests.post("https://status.example.com/api/keys/rotate", headers={"Authorization": os.environ["STATUS_KEY"]}, timeout=10)
    resp.raise_for_status()
    log.info("status page key rotated")


if __name__ == "__main__":
    main()
