import logging


def capture_api_logs(path="test-run.log"):
    """Send the api loggers to a file while the tests run (the CI uploads it)."""
    handler = logging.FileHandler(path)
    logging.getLogger("api").addHandler(handler)
    logging.getLogger("api").setLevel(logging.DEBUG)
    return handler
