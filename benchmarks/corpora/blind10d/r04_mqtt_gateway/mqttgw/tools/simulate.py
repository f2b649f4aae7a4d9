"""mqttgw-sim: fake thermostats for bench tests (no broker: an in-process bus)."""
import asyncio
import logging
import sys

from mqttgw import codec


async def thermostat(n: int, bus: asyncio.Queue, rounds: int) -> None:
    log = logging.getLogger(f"sim.thermostat{n}")
    for r in range(rounds):
        await bus.put(codec.encode({"id": f"t{n}", "value": 20 + r}))
        log.debug("tick %d", r)


async def simulate(count: int, rounds: int) -> int:
    bus = asyncio.Queue()
    await asyncio.gather(*(thermostat(n, bus, rounds) for n in range(count)))
    logging.getLogger("sim").info("%d messages on the bus", bus.qsize())
    return bus.qsize()


def main() -> int:
    logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(relativeCreated)6.0f %(name)s %(message)s")
    asyncio.run(simulate(3, rounds=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
