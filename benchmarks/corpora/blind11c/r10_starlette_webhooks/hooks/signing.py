from __future__ import annotations

import hashlib
import hmac
import logging

log = logging.getLogger(__name__)


def verify_github(secret: bytes, body: bytes, header: str | None) -> bool:
    if not header or not header.startswith("sha256="):
        log.info("missing or malformed X-Hub-Signature-256")
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header.removeprefix("sha256="))


def verify_gitlab(token: str, header: str | None) -> bool:
    return header is not None and hmac.compare_digest(token, header)
