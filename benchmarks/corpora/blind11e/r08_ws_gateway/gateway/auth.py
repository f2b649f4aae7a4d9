from __future__ import annotations

import logging
import os

import jwt

log = logging.getLogger(__name__)
audit = logging.getLogger("gateway.audit")


async def verify_token(token: str) -> str | None:
    try:
        claims = jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
    except jwt.PyJWTError as exc:
        log.warning("rejected token: %s", exc)
        return None
    return claims["sub"]


async def record_login(user: str, peer: str) -> None:
    audit.info("login user=%s peer=%s", user, peer)
