import unittest

from app import db
from tests.util import enable_debug_log


class SeedTest(unittest.TestCase):
    def setUp(self):
        enable_debug_log()
        db.ITEMS.clear()

    def test_seed(self):
        db.seed([{"id": 3, "name": "shelf", "price": 40}])
        self.assertIn(3, db.ITEMS)


if __name__ == "__main__":
    unittest.main()
