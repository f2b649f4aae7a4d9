"""fleetd: keeps a session per device, rolls out firmware, forwards telemetry."""
import asyncio
import logging
import logging.handlers

from fleet import ota
from fleet.common.logs import make_file_handler, make_telemetry_handler
from fleet.core import LOG
from fleet.devices import DeviceSession
from fleet.telemetry import TELEMETRY

INVENTORY = [("dev-101", "thermo-v2", "2.3.0"), ("dev-102", "thermo-v2", "2.4.1"), ("dev-107", "gate-v1", "1.8.2")]


def configure_logging() -> None:
    handlers = {"file": make_file_handler("fleetd"), "telemetry": make_telemetry_handler()}
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handlers["file"])
    TELEMETRY.addHandler(handlers["telemetry"])
    audit = logging.getLogger("fleet.audit")
    audit.propagate = False
    audit.addHandler(logging.handlers.MemoryHandler(capacity=1000))


class Coordinator:
    def __init__(self, inventory):
        self.sessions = [DeviceSession(*row) for row in inventory]

    async def run(self, rounds: int = 2) -> None:
        LOG.info("coordinating %d devices", len(self.sessions))
        for _ in range(rounds):
            alive = await asyncio.gather(*(s.heartbeat() for s in self.sessions))
            logging.getLogger("fleet.audit").info("round: %d/%d alive", sum(alive), len(alive))
        updated = await ota.roll_out(self.sessions)
        LOG.info("%d devices updated: %s", updated, ", ".join(s.describe() for s in self.sessions))


def main() -> None:
    configure_logging()
    asyncio.run(Coordinator(INVENTORY).run())


if __name__ == "__main__":
    main()
