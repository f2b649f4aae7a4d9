"""`notifier-send` / `python -m notifier.cli`: spool messages to a file (synchronous)."""
import argparse
import logging

from notifier.outbox import OUTBOX, write_pending


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="notifier-send")
    parser.add_argument("--spool", default="outbox.tsv")
    parser.add_argument("messages", nargs="*", default=["hello"])
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO,
        handlers=[logging.FileHandler("notifier-send.log"), logging.StreamHandler()],
    )
    OUTBOX.extend((0, m) for m in args.messages)
    count = write_pending(args.spool)
    logging.getLogger("notifier.cli").info("spooled %d messages to %s", count, args.spool)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
