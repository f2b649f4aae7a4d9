import logging

LOG = logging.getLogger("fleet")

FIRMWARE = {"thermo-v2": "2.4.1", "gate-v1": "1.9.0"}
