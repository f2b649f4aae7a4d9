import unittest

from gateway.schema import validate_quote
from tests.helpers import make_request


class SchemaTests(unittest.TestCase):
    def test_missing_sku(self):
        self.assertFalse(validate_quote({}))

    def test_request_helper(self):
        self.assertEqual(make_request("GET", "/health").path, "/health")


if __name__ == "__main__":
    unittest.main()
