"""Simulated sensor readings, for trying out automations without hardware."""
import logging
import math

log = logging.getLogger(__name__)


def simulate(hours):
    return [round(20 + 3 * math.sin(h / 24 * 2 * math.pi), 2) for h in range(hours)]


if __name__ == "__main__":
    logging.basicConfig(filename="simulator.log", level=logging.DEBUG)
    readings = simulate(6)
    log.debug("readings %s", readings)
    print(readings)
