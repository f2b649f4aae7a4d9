"""Modbus-RTU -> MQTT bridge; its records go only to the site's syslog collector."""
import asyncio
import logging
from logging import handlers as lh

log = logging.getLogger("mqttgw.bridge")
log.propagate = False

REGISTERS = {1: [215, 216], 2: [530]}


def enable_syslog(address=("127.0.0.1", 5514)) -> lh.SysLogHandler:
    handler = lh.SysLogHandler(address=address, facility=lh.SysLogHandler.LOG_LOCAL3)
    log.addHandler(handler)
    return handler


async def poll_modbus(unit: int) -> list:
    await asyncio.sleep(0)
    values = REGISTERS.get(unit, [])
    log.info("unit %d: %d registers", unit, len(values))
    return values
