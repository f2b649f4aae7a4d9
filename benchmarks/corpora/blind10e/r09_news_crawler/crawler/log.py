from crawler._compat import logging

LOG = logging.getLogger("crawler")


def setup(path: str, level=logging.INFO) -> None:
    handler = logging.handlers.WatchedFileHandler(path)  # logrotate moves the file
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    LOG.addHandler(handler)
    LOG.setLevel(level)
