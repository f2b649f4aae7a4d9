import logging


class LoggingMixin:
    name = "device"

    @property
    def logger(self):
        return logging.getLogger(f"homed.devices.{self.name}")
