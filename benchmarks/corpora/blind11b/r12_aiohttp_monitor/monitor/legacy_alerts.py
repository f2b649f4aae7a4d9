"""Old e-mail alerting, replaced by monitor.slack in 1.5; nothing imports it any more."""

import asyncio
import logging
from logging.handlers import SMTPHandler, SysLogHandler

alert_log = logging.getLogger("monitor.legacy")
alert_log.addHandler(SMTPHandler("localhost", "monitor@example.com", ["ops@example.com"], "Uptime alert"))
alert_log.addHandler(SysLogHandler(address="/dev/log"))


async def alert(url: str) -> None:
    await asyncio.sleep(0)
    alert_log.error("%s is down", url)
