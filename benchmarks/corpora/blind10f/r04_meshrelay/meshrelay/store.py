from __future__ import annotations

from collections import defaultdict, deque


class Store:
    def __init__(self, per_peer: int = 1000) -> None:
        self.queues: dict[str, deque[bytes]] = defaultdict(lambda: deque(maxlen=per_peer))

    def put(self, peer: str, frame: bytes) -> None:
        self.queues[peer].append(frame)

    def drain(self, peer: str) -> list[bytes]:
        queue = self.queues.pop(peer, deque())
        return list(queue)
