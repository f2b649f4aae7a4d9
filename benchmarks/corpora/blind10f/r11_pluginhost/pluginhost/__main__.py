from __future__ import annotations

import argparse
import asyncio

from pluginhost import registry
from pluginhost._log import get_logger
from pluginhost.supervisor import Supervisor

log = get_logger("main")


async def amain(only: list[str]) -> None:
    factories = registry.discover()
    if only:
        factories = {k: v for k, v in factories.items() if k in only}
    log.info("loaded plugins: %s", ", ".join(factories) or "none")
    await Supervisor(factories).run()


def main() -> None:
    parser = argparse.ArgumentParser(prog="pluginhost")
    parser.add_argument("--only", nargs="*", default=[])
    args = parser.parse_args()
    asyncio.run(amain(args.only))


if __name__ == "__main__":
    main()
