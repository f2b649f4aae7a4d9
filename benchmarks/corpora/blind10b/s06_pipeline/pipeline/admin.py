"""`pipeline-admin`: inspect configuration (synchronous)."""
import argparse
import logging

from pipeline import settings


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="pipeline-admin")
    parser.add_argument("action", choices=["stages", "check"], nargs="?", default="stages")
    args = parser.parse_args(argv)
    logging.basicConfig(filename="pipeline-admin.log", level=logging.INFO)
    logging.info("admin action %s", args.action)
    for name in settings.STAGE_NAMES:
        print(name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
