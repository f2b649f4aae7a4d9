#!/usr/bin/env python3
"""Management commands:  python3 manage.py <command>"""
import sys


def main(argv):
    from mysite import core
    from mysite.management.commands import clearsessions, showarticles

    core.setup()
    commands = {"clearsessions": clearsessions, "showarticles": showarticles}
    name = argv[1] if len(argv) > 1 else "showarticles"
    if name not in commands:
        print(f"Unknown command: {name!r}. Available: {', '.join(sorted(commands))}")
        return 1
    commands[name].handle(*argv[2:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
