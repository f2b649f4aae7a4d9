import hashlib
import hmac
import logging

log = logging.getLogger(__name__)


def sign(secret: bytes, body: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify(secret: bytes, body: bytes, signature: str) -> bool:
    ok = hmac.compare_digest(sign(secret, body), signature)
    log.debug("signature %s", "ok" if ok else "mismatch")
    return ok
