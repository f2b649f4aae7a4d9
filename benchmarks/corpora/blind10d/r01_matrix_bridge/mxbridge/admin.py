"""mxbridge-admin: offline puppet maintenance (no event loop)."""
import argparse
import logging

from mxbridge.puppets import PuppetRegistry


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="mxbridge-admin")
    parser.add_argument("--network", default="libera")
    parser.add_argument("nicks", nargs="*", default=["ana", "bo"])
    args = parser.parse_args(argv)
    logging.basicConfig(filename="mxbridge-admin.log", level=logging.INFO)
    registry = PuppetRegistry(args.network)
    for nick in args.nicks:
        registry.add_sync(nick)
    print(registry.export_csv())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
