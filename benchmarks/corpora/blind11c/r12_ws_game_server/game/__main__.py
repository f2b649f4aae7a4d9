from __future__ import annotations

import asyncio
import os

from game.logsetup import setup_logging
from game.server import run


def main() -> None:
    setup_logging()
    asyncio.run(run(os.environ.get("HOST", "0.0.0.0"), int(os.environ.get("PORT", "8765"))))


if __name__ == "__main__":
    main()
