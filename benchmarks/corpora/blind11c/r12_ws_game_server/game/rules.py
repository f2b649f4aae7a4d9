"""Board rules (pure functions)."""

from __future__ import annotations

SIZE = 9


def legal(board: list[list[int]], player: int, x: int, y: int) -> bool:
    return 0 <= x < SIZE and 0 <= y < SIZE and board[y][x] == 0


def apply(board: list[list[int]], player: int, x: int, y: int) -> int:
    board[y][x] = player
    captured = 0
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= nx < SIZE and 0 <= ny < SIZE and board[ny][nx] not in (0, player):
            board[ny][nx] = player
            captured += 1
    return captured


def new_board() -> list[list[int]]:
    return [[0] * SIZE for _ in range(SIZE)]
