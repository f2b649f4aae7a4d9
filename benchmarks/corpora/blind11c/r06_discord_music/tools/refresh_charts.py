"""Rebuild data/charts.json from the saved playlists (cron, synchronous)."""

from __future__ import annotations

import collections
import json
import logging
from pathlib import Path

import discord

from musicbot.queue import Track

log = logging.getLogger("charts")


def main() -> None:
    discord.utils.setup_logging(level=logging.INFO)
    counts: collections.Counter[str] = collections.Counter()
    for path in Path("data").glob("*.json"):
        for item in json.loads(path.read_text(encoding="utf-8")):
            counts[Track(**item).title] += 1
    Path("data/charts.json").write_text(json.dumps(counts.most_common(50)), encoding="utf-8")
    log.info("charts rebuilt from %d titles", len(counts))


if __name__ == "__main__":
    main()
