import asyncio
import logging
from datetime import date, timedelta

from ledger.db import database

log = logging.getLogger(__name__)


async def reconcile(every: float = 600.0) -> None:
    while True:
        rows = await database.fetch_all(
            "SELECT account, SUM(debit) - SUM(credit) AS diff FROM entries GROUP BY account "
            "HAVING SUM(debit) - SUM(credit) <> 0"
        )
        for row in rows:
            log.warning("account %s is off by %s", row["account"], row["diff"])
        await asyncio.sleep(every)


async def rollup_daily(day: date | None = None) -> int:
    day = day or date.today() - timedelta(days=1)
    count = await database.execute(
        "INSERT INTO daily_totals SELECT account, :day, SUM(debit), SUM(credit) FROM entries "
        "WHERE booked_on = :day GROUP BY account",
        {"day": day},
    )
    log.info("rolled up %s: %s accounts", day, count)
    return count
