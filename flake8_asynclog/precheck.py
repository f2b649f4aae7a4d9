"""Cheap text checks that decide, before any tree walk, whether a module can matter."""

from __future__ import annotations

import re

from .catalogue import GUNICORN_LOGGING, GUNICORN_SETTINGS, INSTALLERS, SERVERS_WITH_LOG_CONFIG

# Every logging rule reads names resolved through an import of the stdlib ``logging``
# package (``import logging``, ``import os, logging``, ``from logging.handlers import``).
# A library whose helper attaches handlers (``coloredlogs.install()``) or a server that
# applies a ``log_config`` (uvicorn) counts as well.
_LOGGING_PACKAGES = (
    "logging",
    "loguru",
    *sorted(
        {q.split(".")[0] for q in (*(i.function for i in INSTALLERS), *SERVERS_WITH_LOG_CONFIG)}
    ),
)
_IMPORTS_LOGGING = re.compile(
    rf"^[ \t]*(?:import|from)[ \t][^\n#]*\b(?:{'|'.join(_LOGGING_PACKAGES)})\b", re.MULTILINE
)
# The starter-task rules (ASL2xx) can fire on a module that only starts tasks.
_TASK_WORDS = ("create_task", "ensure_future")
# A coroutine logging through a logger another project module made (``from bot import
# LOGGER``, ``get_logger(__name__)``) needs no import of logging in its own module.
_DJANGO_LOGGING = re.compile(r"^LOGGING[ \t]*=", re.MULTILINE)
# gunicorn's config file (``gunicorn -c gunicorn.conf.py``): module-level settings
_GUNICORN_LOGGING = re.compile(rf"^{GUNICORN_LOGGING}[ \t]*=", re.MULTILINE)
_GUNICORN_SETTING = re.compile(rf"^(?:{'|'.join(sorted(GUNICORN_SETTINGS))})[ \t]*=", re.MULTILINE)
_LOG_CALL = re.compile(r"\.(?:debug|info|warning|warn|error|exception|critical|log)\(")


def imports_logging(source: str) -> bool:
    """Whether ``source`` has an import statement naming ``logging``."""
    return (
        any(p in source for p in _LOGGING_PACKAGES) and _IMPORTS_LOGGING.search(source) is not None
    )


def logs_in_coroutines(source: str) -> bool:
    """Whether ``source`` has coroutines and calls that look like logging calls."""
    return "async def" in source and _LOG_CALL.search(source) is not None


def django_settings(source: str) -> bool:
    """Whether ``source`` is a Django settings module with a ``LOGGING`` setting (Django
    applies it; the module itself needs no import of logging)."""
    return "INSTALLED_APPS" in source and _DJANGO_LOGGING.search(source) is not None


def gunicorn_config(source: str) -> bool:
    """Whether ``source`` is a gunicorn config file with a ``logconfig_dict`` setting
    (gunicorn applies it through dictConfig in every worker)."""
    return (
        GUNICORN_LOGGING in source
        and _GUNICORN_LOGGING.search(source) is not None
        and _GUNICORN_SETTING.search(source) is not None
    )


def framework_settings(source: str) -> bool:
    """A settings module whose logging config a framework applies (Django, gunicorn)."""
    return django_settings(source) or gunicorn_config(source)


def relevant(source: str) -> bool:
    """Could any rule fire on this source? (No false "no": only skips what cannot.)"""
    return (
        any(word in source for word in _TASK_WORDS)
        or imports_logging(source)
        or logs_in_coroutines(source)
        or framework_settings(source)
    )
