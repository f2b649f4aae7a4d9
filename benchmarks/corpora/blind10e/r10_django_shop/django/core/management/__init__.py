import importlib
import sys

import django
from django.conf import settings


def execute_from_command_line(argv=None):
    argv = argv or sys.argv
    name, args = argv[1], argv[2:]
    django.setup()
    for app in settings.INSTALLED_APPS:
        try:
            module = importlib.import_module(f"{app}.management.commands.{name}")
        except ModuleNotFoundError:
            continue
        module.Command().handle(*args)
        return
    raise SystemExit(f"Unknown command: {name!r}")
