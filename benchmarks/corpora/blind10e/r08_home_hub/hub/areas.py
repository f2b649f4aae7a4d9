import asyncio
import logging


def area_logger(area: str) -> logging.Logger:
    return logging.getLogger("hub.area.%s" % area)


async def apply_scene(area: str, scene: str, devices) -> None:
    lights = [d for d in devices if d.area == area and d.kind == "light"]
    await asyncio.sleep(0)
    area_logger(area).info("scene %s applied to %d lights", scene, len(lights))
