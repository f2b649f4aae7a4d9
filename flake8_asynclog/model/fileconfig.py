"""Read the ini file a ``logging.config.fileConfig("...")`` call names, when it exists."""

from __future__ import annotations

import configparser
import os

from .dictconfig import DictConfig, DictHandler, DictLogger
from .names import handler_kind_of


def _qualname(cls: str) -> str:
    """fileConfig evaluates ``class=`` in the logging namespace: ``handlers.X`` works too."""
    cls = cls.strip()
    if cls.startswith("logging."):
        return cls
    return f"logging.{cls}"


def read(path: str, near: str) -> DictConfig | None:
    """Handlers and loggers of an ini logging config (``None`` if it cannot be read)."""
    candidates = (
        [path]
        if os.path.isabs(path)
        else [
            os.path.join(os.path.dirname(os.path.abspath(near)), path),
            path,
        ]
    )
    parser = configparser.ConfigParser(interpolation=None)
    for candidate in candidates:
        try:
            if os.path.isfile(candidate) and parser.read(candidate, encoding="utf-8"):
                break
        except (OSError, UnicodeDecodeError, configparser.Error):
            return None
    else:
        return None
    try:
        return _config(parser)
    except (configparser.Error, KeyError, ValueError):
        return None


def _keys(parser: configparser.ConfigParser, section: str) -> list[str]:
    raw = parser.get(section, "keys", fallback="")
    return [key.strip() for key in raw.split(",") if key.strip()]


def _config(parser: configparser.ConfigParser) -> DictConfig:
    handlers: dict[str, DictHandler] = {}
    for name in _keys(parser, "handlers"):
        qual = _qualname(parser.get(f"handler_{name}", "class", fallback=""))
        kind = handler_kind_of(qual) or "unknown"
        label = qual.rsplit(".", 1)[-1]
        handlers[name] = DictHandler(name, "unknown" if kind == "base" else kind, label)
    loggers: dict[str, DictLogger] = {}
    for key in _keys(parser, "loggers"):
        section = f"logger_{key}"
        names = parser.get(section, "handlers", fallback="")
        listed = [h.strip() for h in names.split(",") if h.strip()]
        if key == "root":
            loggers[""] = DictLogger(listed, None)
            continue
        qualname = parser.get(section, "qualname", fallback=key)
        propagate = parser.get(section, "propagate", fallback="1").strip() != "0"
        loggers[qualname] = DictLogger(listed, propagate)
    return DictConfig(handlers, loggers)
