import asyncio
import os

from svc.logging_setup import start_logging
from svc.server import serve


def main():
    listener = start_logging(os.environ.get("KV_LOG", "kv.log"))
    try:
        asyncio.run(serve(int(os.environ.get("KV_PORT", "0"))))
    finally:
        listener.stop()


if __name__ == "__main__":
    main()
