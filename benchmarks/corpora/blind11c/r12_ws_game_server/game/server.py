from __future__ import annotations

import asyncio
import json
import logging

from websockets.asyncio.server import ServerConnection, serve

from game.match import Match

log = logging.getLogger(__name__)
results = logging.getLogger("game.results")

_waiting: list[tuple[str, ServerConnection]] = []
_matches: dict[str, tuple[Match, list[ServerConnection]]] = {}


async def _broadcast(conns: list[ServerConnection], message: dict) -> None:
    data = json.dumps(message)
    await asyncio.gather(*(c.send(data) for c in conns), return_exceptions=True)


async def handler(conn: ServerConnection) -> None:
    hello = json.loads(await conn.recv())
    name = hello.get("name", "anon")
    log.info("%s connected from %s", name, conn.remote_address)
    _waiting.append((name, conn))
    if len(_waiting) >= 2:
        (a, ca), (b, cb) = _waiting.pop(0), _waiting.pop(0)
        match = Match([a, b])
        _matches[match.id] = (match, [ca, cb])
        await _broadcast([ca, cb], {"type": "start", "match": match.id, "players": match.players})
    async for raw in conn:
        msg = json.loads(raw)
        entry = _matches.get(msg.get("match", ""))
        if entry is None:
            continue
        match, conns = entry
        reply = await match.apply_move(name, msg["x"], msg["y"])
        await _broadcast(conns, {"type": "state", **reply})
        if match.turn >= 40:
            results.info("match finished", extra={"match": match.id, "scores": match.scores})
            del _matches[match.id]


async def run(host: str, port: int) -> None:
    async with serve(handler, host, port, ping_interval=20) as server:
        log.info("listening on %s:%d", host, port)
        await server.serve_forever()
