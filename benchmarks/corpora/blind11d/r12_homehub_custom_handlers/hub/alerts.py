import logging

log = logging.getLogger("hub.alerts")

LOW_BATTERY = 15


async def raise_alert(text: str) -> None:
    log.error("ALERT: %s", text)


async def check_battery(device: str, state: dict) -> None:
    level = state.get("battery")
    if level is not None and level < LOW_BATTERY:
        log.warning("battery of %s at %d%%", device, level)
