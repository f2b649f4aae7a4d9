from __future__ import annotations

import logging
import os

from starlette.requests import Request
from starlette.responses import JSONResponse

from hooks import audit, delivery, signing

log = logging.getLogger(__name__)
TOKEN = os.environ.get("GITLAB_WEBHOOK_TOKEN", "")


async def gitlab(request: Request) -> JSONResponse:
    event = request.headers.get("X-Gitlab-Event", "unknown").lower().replace(" hook", "").replace(" ", "_")
    ok = signing.verify_gitlab(TOKEN, request.headers.get("X-Gitlab-Token"))
    await audit.record("gitlab", event, request.headers.get("X-Gitlab-Event-UUID", "-"), ok)
    if not ok:
        log.warning("rejected gitlab hook")
        return JSONResponse({"error": "bad token"}, status_code=401)
    body = await request.body()
    sent = await delivery.fan_out(request.app.state.client, event, body)
    return JSONResponse({"delivered": sent})
