"""Offset calibration; `python -m meterd.calibrate` prints a sample fit."""
import logging
import statistics

log = logging.getLogger("calibration")


def fit(points) -> float:
    return statistics.fmean(y - x for x, y in points)


async def calibrate(device, reference: float = 230.0, samples: int = 3) -> float:
    readings = [await device.read() for _ in range(samples)]
    offset = statistics.fmean(readings) - reference
    log.info("calibrated %s offset=%.3f", device.name, offset)
    return offset


if __name__ == "__main__":
    logging.basicConfig(filename="calibration.log", level=logging.INFO)
    print(fit([(0.0, 0.1), (1.0, 1.05), (2.0, 2.02)]))
