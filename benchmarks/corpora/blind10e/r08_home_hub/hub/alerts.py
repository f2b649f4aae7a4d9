import logging

ALERTS = logging.getLogger("hub.alerts")


async def raise_alert(device, message: str) -> None:
    ALERTS.warning("%s (%s): %s", device.dev_id, device.area, message)
