import logging


def enable_debug_log(path="pytest-debug.log"):
    logging.basicConfig(filename=path, level=logging.DEBUG, force=True)
