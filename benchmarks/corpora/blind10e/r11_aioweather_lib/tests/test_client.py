import unittest

from aioweather import Client
from tests.support import run_with_buffer, run_with_capture


class ClientTest(unittest.TestCase):
    def test_forecast_logs(self):
        result, records = run_with_capture(Client().forecast("Oslo"))
        self.assertEqual(result.sky, "snow")
        self.assertTrue(any("forecast for Oslo" in r.getMessage() for r in records))

    def test_unknown_city_retries(self):
        with self.assertRaises(LookupError):
            run_with_buffer(Client(retries=3).forecast("Atlantis"))


if __name__ == "__main__":
    unittest.main()
