"""Background task: alert the ops room when the homeserver stops answering."""

from __future__ import annotations

import asyncio
import logging

from nio import WhoamiError

alerts = logging.getLogger("matrixbot.alerts")


async def watch_homeserver(client, cfg) -> None:
    failures = 0
    while True:
        await asyncio.sleep(cfg.health_interval)
        try:
            resp = await asyncio.wait_for(client.whoami(), timeout=10)
            ok = not isinstance(resp, WhoamiError)
        except (asyncio.TimeoutError, OSError):
            ok = False
        if ok:
            if failures >= 3:
                alerts.warning("homeserver %s is back after %d failed checks", cfg.homeserver, failures)
            failures = 0
            continue
        failures += 1
        if failures == 3:
            alerts.error("homeserver %s unreachable (3 checks in a row)", cfg.homeserver)
