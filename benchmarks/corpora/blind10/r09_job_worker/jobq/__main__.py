"""python3 -m jobq [queue-name]"""
import asyncio
import sys

from .consumer import Consumer
from .logsetup import configure


def main(argv):
    configure()
    consumer = Consumer(argv[1] if len(argv) > 1 else "default")
    asyncio.run(consumer.run())


if __name__ == "__main__":
    main(sys.argv)
