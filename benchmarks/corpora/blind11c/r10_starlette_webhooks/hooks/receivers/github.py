from __future__ import annotations

import logging
import os

from starlette.requests import Request
from starlette.responses import JSONResponse

from hooks import audit, delivery, signing

log = logging.getLogger(__name__)
SECRET = os.environ.get("GITHUB_WEBHOOK_SECRET", "").encode()


async def github(request: Request) -> JSONResponse:
    body = await request.body()
    event = request.headers.get("X-GitHub-Event", "unknown")
    delivery_id = request.headers.get("X-GitHub-Delivery", "-")
    ok = signing.verify_github(SECRET, body, request.headers.get("X-Hub-Signature-256"))
    await audit.record("github", event, delivery_id, ok)
    if not ok:
        log.warning("rejected github delivery %s", delivery_id)
        return JSONResponse({"error": "bad signature"}, status_code=401)
    sent = await delivery.fan_out(request.app.state.client, event, body)
    return JSONResponse({"delivered": sent})
