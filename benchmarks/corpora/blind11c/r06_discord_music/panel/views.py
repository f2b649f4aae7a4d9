from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from aiohttp import web

log = logging.getLogger(__name__)
routes = web.RouteTableDef()

DATA_DIR = Path(os.environ.get("TUNEBOT_DATA", "data"))
PANEL_TOKEN = os.environ.get("PANEL_TOKEN", "")


@routes.get("/playlists")
async def list_playlists(request: web.Request) -> web.Response:
    if request.headers.get("Authorization") != f"Bearer {PANEL_TOKEN}":
        log.warning("unauthorised panel access from %s", request.remote)
        raise web.HTTPUnauthorized()
    names = sorted(p.stem for p in DATA_DIR.glob("*.json"))
    return web.json_response(names)


@routes.delete("/playlists/{name}")
async def delete_playlist(request: web.Request) -> web.Response:
    path = DATA_DIR / f"{request.match_info['name']}.json"
    if not path.exists():
        raise web.HTTPNotFound()
    path.unlink()
    log.info("playlist %s deleted from the panel", path.stem)
    return web.json_response({"deleted": path.stem})


@routes.get("/playlists/{name}")
async def show_playlist(request: web.Request) -> web.Response:
    path = DATA_DIR / f"{request.match_info['name']}.json"
    return web.json_response(json.loads(path.read_text(encoding="utf-8")))
