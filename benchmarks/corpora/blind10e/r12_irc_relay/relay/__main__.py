import asyncio
import os

from relay.logconf import configure
from relay.server import run_relay


def main() -> None:
    configure(os.environ.get("LOG_COLLECTOR", "127.0.0.1"), int(os.environ.get("LOG_COLLECTOR_PORT", "9020")),
              os.environ.get("RELAY_TRANSCRIPT", "channels.log"))
    asyncio.run(run_relay(int(os.environ.get("RELAY_PORT", "0"))))


if __name__ == "__main__":
    main()
