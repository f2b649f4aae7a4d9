import logging


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


def capture(name="shipper"):
    handler = ListHandler()
    logging.getLogger(name).addHandler(handler)
    file_handler = logging.FileHandler("test-shipper.log")
    logging.getLogger(name).addHandler(file_handler)
    return handler
