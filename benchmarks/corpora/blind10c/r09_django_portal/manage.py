#!/usr/bin/env python3
"""Django-style command-line utility for administrative tasks."""
import os
import sys


def main():
    os.environ.setdefault("DJANGOISH_SETTINGS_MODULE", "portal.settings")
    from djangoish.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
