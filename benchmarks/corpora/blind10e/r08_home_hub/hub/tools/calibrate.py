"""`python -m hub.tools.calibrate OFFSET`: write calibration offsets (synchronous)."""
import logging
import sys

from hub.devices import load_devices

logging.basicConfig(filename="calibrate.log", level=logging.INFO, format="%(asctime)s %(message)s")


def main(offset: str = "0.5") -> None:
    for device in load_devices():
        if device.kind == "sensor":
            device.calibrate(float(offset))


if __name__ == "__main__":
    main(*sys.argv[1:])
