import logging


def arena_test_logging(path):
    logging.basicConfig(filename=str(path), level=logging.DEBUG, force=True)
    return logging.getLogger("arena")
