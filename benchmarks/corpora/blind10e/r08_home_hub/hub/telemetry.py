import logging


async def publish(readings: dict) -> None:
    telemetry = logging.getLogger("hub.telemetry")
    for dev_id, value in readings.items():
        telemetry.info("%s=%s", dev_id, value)
