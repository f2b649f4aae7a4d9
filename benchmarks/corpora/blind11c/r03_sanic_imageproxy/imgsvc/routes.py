from __future__ import annotations

import asyncio
import logging

from sanic import Blueprint, Request, response

from imgsvc import storage, transform

bp = Blueprint("images", url_prefix="/img")
access = logging.getLogger("imgsvc.access")
log = logging.getLogger(__name__)


@bp.get("/<key:path>")
async def serve(request: Request, key: str):
    spec = transform.parse_spec(request.args)
    data = await storage.fetch_original(key)
    if data is None:
        access.info('%s "GET /img/%s" 404', request.ip, key)
        return response.empty(status=404)
    loop = asyncio.get_running_loop()
    out = await loop.run_in_executor(None, transform.render, data, spec)
    access.info('%s "GET /img/%s" 200 %d', request.ip, key, len(out))
    return response.raw(out, content_type=spec.mime, headers={"Cache-Control": "public, max-age=31536000"})


@bp.post("/")
async def upload(request: Request):
    part = request.files.get("file")
    if part is None:
        log.warning("upload without a file from %s", request.ip)
        return response.json({"error": "file field required"}, status=400)
    key = await storage.store(part.body, part.type)
    log.info("upload %s accepted", key)
    return response.json({"key": key}, status=201)


@bp.delete("/<key:path>")
async def remove(request: Request, key: str):
    await storage.delete(key)
    access.info('%s "DELETE /img/%s" 204', request.ip, key)
    return response.empty()
