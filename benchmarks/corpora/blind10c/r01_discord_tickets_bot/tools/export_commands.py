"""Print the ticket command reference as Markdown (run by hand before a release)."""
import logging
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from cogs import tickets  # noqa: E402

log = logging.getLogger("tools.export")


def main():
    logging.basicConfig(filename="export_commands.log", level=logging.DEBUG)
    lines = ["# Ticket commands", ""]
    for name in ("open_ticket", "close_ticket"):
        doc = getattr(tickets.Tickets, name).__doc__ or "(undocumented)"
        lines.append(f"- `{name}`: {doc}")
        log.debug("documented %s", name)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
