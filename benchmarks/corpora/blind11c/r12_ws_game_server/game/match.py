from __future__ import annotations

import asyncio
import logging
import uuid

from game import rules

log = logging.getLogger(__name__)


class Match:
    def __init__(self, players: list[str]) -> None:
        self.id = uuid.uuid4().hex[:8]
        self.players = players
        self.board = rules.new_board()
        self.turn = 0
        self.lock = asyncio.Lock()
        self.scores = {p: 0 for p in players}

    async def apply_move(self, player: str, x: int, y: int) -> dict:
        async with self.lock:
            if player != self.players[self.turn % len(self.players)]:
                return {"error": "not your turn"}
            idx = self.players.index(player) + 1
            if not rules.legal(self.board, idx, x, y):
                log.info("match %s: illegal move by %s at %d,%d", self.id, player, x, y)
                return {"error": "illegal move"}
            self.scores[player] += 1 + rules.apply(self.board, idx, x, y)
            self.turn += 1
            return {"ok": True, "turn": self.turn, "scores": self.scores}

    async def wait_for_players(self, connected: asyncio.Event, timeout: float = 60) -> bool:
        try:
            await asyncio.wait_for(connected.wait(), timeout)
        except asyncio.TimeoutError:
            return False
        return True
