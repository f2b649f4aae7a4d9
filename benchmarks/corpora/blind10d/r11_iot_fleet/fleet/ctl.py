"""fleetctl: show the OTA plan for the inventory (offline, no event loop)."""
import logging

from fleet import ota
from fleet.daemon import INVENTORY
from fleet.devices import DeviceSession


def main() -> int:
    logging.basicConfig(filename="fleetctl.log", level=logging.INFO)
    sessions = [DeviceSession(*row) for row in INVENTORY]
    for session in ota.plan(sessions):
        logging.info("would update %s", session.describe())
        print(session.describe())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
