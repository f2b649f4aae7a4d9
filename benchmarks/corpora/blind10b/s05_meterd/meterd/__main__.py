"""`python -m meterd` / `meterd`."""
import asyncio

from meterd import daemon, samples
from meterd.logconf import configure


def main() -> None:
    configure()
    listener = samples.start_listener()
    try:
        with asyncio.Runner() as runner:
            runner.run(daemon.serve())
    finally:
        listener.stop()


if __name__ == "__main__":
    main()
