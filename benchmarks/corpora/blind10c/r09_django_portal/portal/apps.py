import logging

from portal.debug_panel import RING


def ready():
    logging.getLogger().addHandler(RING)
