import importlib

import djangoish
from djangoish.conf import settings


def execute_from_command_line(argv):
    djangoish.setup()
    name = argv[1] if len(argv) > 1 else "help"
    for app in settings.INSTALLED_APPS:
        try:
            module = importlib.import_module(f"{app}.management.commands.{name}")
        except ModuleNotFoundError:
            continue
        module.Command().handle(*argv[2:])
        return
    print(f"Unknown command: {name!r}")
