import logging

logging.getLogger("labmon").addHandler(logging.NullHandler())
