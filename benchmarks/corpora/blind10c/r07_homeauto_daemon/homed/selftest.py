"""`homed-selftest`: check the configuration and device list without starting the daemon."""
import logging
import sys

from homed.config import parse_args


def main(argv=None):
    logging.basicConfig(filename="selftest.log", level=logging.DEBUG)
    args = parse_args(argv if argv is not None else sys.argv[1:])
    from homed.devices.lights import Light

    lights = [Light(name) for name in args.devices.split(",")]
    logging.getLogger("homed.selftest").info("config ok, %d lights", len(lights))
    print("ok:", ", ".join(l.name for l in lights))


if __name__ == "__main__":
    main()
