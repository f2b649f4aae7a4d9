from __future__ import annotations

import logging
from importlib.metadata import entry_points

log = logging.getLogger(__name__)
GROUP = "pluginhost.plugins"


def discover() -> dict[str, object]:
    found = {}
    for ep in entry_points(group=GROUP):
        try:
            found[ep.name] = ep.load()
        except Exception:
            log.exception("plugin %s failed to load", ep.name)
    return found


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG, filename="registry-debug.log")
    for name, factory in discover().items():
        print(name, factory)
