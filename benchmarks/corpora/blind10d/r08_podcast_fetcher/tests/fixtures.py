import logging


def capture_podfetch_log(path):
    handler = logging.FileHandler(path)
    logging.getLogger("podfetch").addHandler(handler)
    return handler
