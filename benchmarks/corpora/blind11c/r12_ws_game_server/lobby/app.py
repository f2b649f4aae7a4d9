"""Lobby HTTP API (Litestar). Litestar's default LoggingConfig sends records through its queue_listener."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from litestar import Litestar, get, post
from litestar.exceptions import NotFoundException
from litestar.logging.config import LoggingConfig

log = logging.getLogger("lobby.api")

logging_config = LoggingConfig(
    root={"level": "INFO", "handlers": ["queue_listener"]},
    formatters={"standard": {"format": "%(asctime)s %(levelname)s %(name)s - %(message)s"}},
    loggers={"lobby": {"level": "INFO", "handlers": ["queue_listener"], "propagate": False}},
    log_exceptions="always",
)


@dataclass
class Room:
    id: str
    name: str
    players: int = 0


ROOMS: dict[str, Room] = {}


@get("/rooms")
async def list_rooms() -> list[Room]:
    log.info("listing %d rooms", len(ROOMS))
    return list(ROOMS.values())


@post("/rooms")
async def create_room(data: Room) -> Room:
    ROOMS[data.id] = data
    log.info("room %s created", data.id)
    return data


@get("/rooms/{room_id:str}")
async def get_room(room_id: str) -> Room:
    if room_id not in ROOMS:
        log.warning("unknown room %s", room_id)
        raise NotFoundException()
    return ROOMS[room_id]


app = Litestar(route_handlers=[list_rooms, create_room, get_room], logging_config=logging_config)
