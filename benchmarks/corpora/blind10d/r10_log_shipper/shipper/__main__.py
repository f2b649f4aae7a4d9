"""python -m shipper: tail files and ship their lines."""
import asyncio
import atexit
import logging
import logging.handlers
import os
import queue
import sys
import tempfile

from shipper.agent import Agent
from shipper.selflog import TcpShipHandler
from shipper.transport import Transport

FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def setup_logging(logfile: str = "shipper.log") -> None:
    logging.basicConfig(filename=logfile, level=logging.INFO, format=FORMAT)
    root = logging.getLogger()
    root.addHandler(logging.StreamHandler(sys.stderr))
    # move everything attached so far behind one queue: the event loop only does put_nowait
    handlers = list(root.handlers)
    for handler in handlers:
        root.removeHandler(handler)
    log_queue = queue.SimpleQueue()
    root.addHandler(logging.handlers.QueueHandler(log_queue))
    listener = logging.handlers.QueueListener(log_queue, *handlers, respect_handler_level=True)
    listener.start()
    atexit.register(listener.stop)

    audit = logging.getLogger("shipper.audit")
    audit.propagate = False
    audit_queue = queue.SimpleQueue()
    audit.addHandler(logging.handlers.QueueHandler(audit_queue))
    audit_listener = logging.handlers.QueueListener(audit_queue, TcpShipHandler("127.0.0.1", 6514))
    audit_listener.start()
    atexit.register(audit_listener.stop)


def main() -> int:
    setup_logging()
    fd, sample = tempfile.mkstemp(suffix=".log")
    with os.fdopen(fd, "w") as fh:
        fh.write("GET / 200\nGET /health 200\nPOST /api 500\n")
    try:
        asyncio.run(Agent([sample], Transport()).run())
    finally:
        os.unlink(sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
