from __future__ import annotations

import asyncio
import csv
import io
import logging
from pathlib import Path

from loguru import logger

log = logging.getLogger(__name__)

EXPORT_DIR = Path("exports")


def _render_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=sorted(rows[0]) if rows else ["empty"])
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


async def build_monthly(account_id: int, month: str) -> None:
    rows = [{"account": account_id, "month": month, "total": 0}]
    text = await asyncio.to_thread(_render_csv, rows)
    path = EXPORT_DIR / f"{account_id}-{month}.csv"
    await asyncio.to_thread(path.write_text, text)
    log.info("monthly report for %s written to %s", account_id, path)


async def purge_exports(older_than_days: int = 30) -> None:
    removed = await asyncio.to_thread(lambda: [p.unlink() for p in EXPORT_DIR.glob("*.csv")])
    logger.info("purged {} exports", len(removed))
