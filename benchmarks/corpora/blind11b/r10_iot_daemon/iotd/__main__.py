import asyncio

from iotd.config import load_config
from iotd.daemon import Daemon
from iotd.telemetry import setup_telemetry


def main() -> None:
    cfg = load_config()
    provider = setup_telemetry(cfg)
    try:
        asyncio.run(Daemon(cfg).run())
    finally:
        provider.shutdown()


if __name__ == "__main__":
    main()
