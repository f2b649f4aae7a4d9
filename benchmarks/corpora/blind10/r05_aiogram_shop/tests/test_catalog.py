import unittest

from shopbot.handlers.catalog import format_price
from tests.utils import configure_test_logging, fake_message

configure_test_logging()


class CatalogTests(unittest.TestCase):
    def test_format_price(self):
        self.assertEqual(format_price(9.5), "9.50 EUR")

    def test_fake_message(self):
        self.assertEqual(fake_message("/catalog").text, "/catalog")


if __name__ == "__main__":
    unittest.main()
