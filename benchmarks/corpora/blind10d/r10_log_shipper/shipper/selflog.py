import logging
import socket


class TcpShipHandler(logging.Handler):
    """Sends the shipper's own audit records to the collector, one line per record."""

    def __init__(self, host: str, port: int, timeout: float = 0.2):
        super().__init__()
        self.address = (host, port)
        self.timeout = timeout
        self.dropped = 0

    def emit(self, record):
        line = (self.format(record) + "\n").encode()
        try:
            with socket.create_connection(self.address, timeout=self.timeout) as sock:
                sock.sendall(line)
        except OSError:
            self.dropped += 1
