import unittest

from api.views import HealthView, ItemsView
from tests.helpers import capture_api_logs


class LoggerNameTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.handler = capture_api_logs()

    @classmethod
    def tearDownClass(cls):
        cls.handler.close()

    def test_names(self):
        self.assertEqual(HealthView(None).logger.name, "api.views.HealthView")
        self.assertEqual(ItemsView(None).logger.name, "api.views.ItemsView")


if __name__ == "__main__":
    unittest.main()
