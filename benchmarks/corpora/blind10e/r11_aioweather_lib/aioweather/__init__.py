"""aioweather: async OpenForecast client. Logs to 'aioweather.*'; the application decides where."""
import logging

from aioweather.client import Client, Forecast

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Client", "Forecast"]
__version__ = "0.4.2"
