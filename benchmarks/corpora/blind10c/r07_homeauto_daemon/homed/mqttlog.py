"""Log handler that publishes every line to the MQTT bridge (UDP datagrams)."""
import logging
import socket


class MqttLogHandler(logging.Handler):
    def __init__(self, host, port, topic="homed/log"):
        super().__init__()
        self.address = (host, port)
        self.topic = topic
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def emit(self, record):
        try:
            payload = f"{self.topic} {self.format(record)}".encode()
            self.sock.sendto(payload, self.address)
        except OSError:
            self.handleError(record)

    def close(self):
        self.sock.close()
        super().close()
