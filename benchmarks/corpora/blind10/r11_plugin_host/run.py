"""Start the plugin host:  python3 run.py"""
import asyncio
import os

from host.app import PluginHost, configure_logging

DEMO_EVENTS = [
    ("user.joined", {"user": "ann"}),
    ("weather.request", {"city": "lisbon"}),
    ("weather.request", {"city": "atlantis"}),
]


def main():
    listener = configure_logging(os.environ.get("HOST_LOG_DIR", "logs"))
    host = PluginHost()
    host.load_plugins()
    try:
        asyncio.run(host.run(DEMO_EVENTS))
    finally:
        listener.stop()


if __name__ == "__main__":
    main()
