"""The daemon: `python -m homed` or `homed`."""
import asyncio
import logging

from homed import api, mqtt
from homed.config import parse_args
from homed.logsetup import configure_logging

log = logging.getLogger("homed")


async def run(args):
    from homed.devices.lights import Light
    from plugins import thermostat

    lights = [Light(name) for name in args.devices.split(",")]
    log.info("homed starting with %d lights", len(lights))
    inbox = asyncio.Queue()
    handlers = {f"homed/light/{l.name}/set": (l.turn_on if i % 2 == 0 else l.turn_off) for i, l in enumerate(lights)}
    for topic in handlers:
        await inbox.put((topic, "80"))
    await inbox.put((None, None))
    await mqtt.subscribe_loop(inbox, handlers)
    temperature = await thermostat.poll([19.2, 20.4, 21.1])
    await mqtt.publish("homed/status", await api.status(lights, temperature))


def main(argv=None):
    args = parse_args(argv)
    configure_logging(args)
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(run(args))
    finally:
        loop.close()
        logging.shutdown()


if __name__ == "__main__":
    main()
