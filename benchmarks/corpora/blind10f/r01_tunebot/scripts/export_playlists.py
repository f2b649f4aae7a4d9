"""Export every guild's play history as text files (run from cron, no bot needed)."""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from tunebot.cogs.music import format_track

logger = logging.getLogger("tunebot.export")


def export(db_path: str, out_dir: Path) -> None:
    out_dir.mkdir(exist_ok=True)
    conn = sqlite3.connect(db_path)
    guilds = [row[0] for row in conn.execute("SELECT DISTINCT guild_id FROM plays")]
    for guild in guilds:
        tracks = [r[0] for r in conn.execute("SELECT track FROM plays WHERE guild_id = ?", (guild,))]
        text = "\n".join(format_track(t, i) for i, t in enumerate(tracks, 1))
        (out_dir / f"{guild}.txt").write_text(text, encoding="utf-8")
        logger.info("exported %d tracks for guild %s", len(tracks), guild)


if __name__ == "__main__":
    logging.basicConfig(filename="export.log", level=logging.INFO)
    export("tunebot.db", Path("exports"))
