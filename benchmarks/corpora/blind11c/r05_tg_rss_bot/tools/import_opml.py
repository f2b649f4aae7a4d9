"""Append the feeds of an OPML export to config.toml (sync, run by hand)."""

from __future__ import annotations

import logging
import sys
import xml.etree.ElementTree as ET

log = logging.getLogger("import_opml")


def main(opml_path: str, config_path: str = "config.toml") -> int:
    logging.basicConfig(filename="import_opml.log", level=logging.INFO)
    tree = ET.parse(opml_path)
    outlines = [o for o in tree.iter("outline") if o.get("xmlUrl")]
    with open(config_path, "a", encoding="utf-8") as fh:
        for o in outlines:
            name = (o.get("title") or o.get("text") or o.get("xmlUrl")).lower().replace(" ", "-")
            fh.write(f'\n[[feeds]]\nname = "{name}"\nurl = "{o.get("xmlUrl")}"\n')
            log.info("added %s", name)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
