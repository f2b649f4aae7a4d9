import logging

logging.getLogger("shipper").addHandler(logging.NullHandler())
