import logging

from arena.anticheat import ban, inspect_move


class Room:
    def __init__(self, room_id: str):
        self.room_id = room_id
        self.positions = {}
        self.log = logging.getLogger("arena.room.{}".format(room_id))

    async def join(self, name: str) -> None:
        self.positions[name] = (0.0, 0.0)
        self.log.info("%s joined (%d players)", name, len(self.positions))

    async def move(self, name: str, dx: float, dy: float, dt: float) -> bool:
        if not await inspect_move(name, dx, dy, dt):
            await ban(name, "speed hack")
            await self.leave(name)
            return False
        x, y = self.positions[name]
        self.positions[name] = (x + dx, y + dy)
        self.log.debug("%s -> %s", name, self.positions[name])
        return True

    async def leave(self, name: str) -> None:
        if self.positions.pop(name, None) is not None:
            self.log.info("%s left", name)
