import json
import logging
import os

audit = logging.getLogger("hassd.audit")

DEFAULTS = {"integrations": ["hue", "mqtt"], "lights": ["kitchen", "hall"]}


def load_config(path):
    if os.path.exists(path):
        with open(path) as fh:
            config = {**DEFAULTS, **json.load(fh)}
    else:
        config = dict(DEFAULTS)
    audit.info("configuration loaded from %s: %s", path, sorted(config))
    return config


def check_config(config):
    problems = [name for name in config["integrations"] if name not in ("hue", "mqtt")]
    return problems
