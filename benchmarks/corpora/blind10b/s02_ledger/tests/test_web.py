from ledger.web import Route
from tests.util import capture_to_file


def test_route_defaults(tmp_path):
    handler = capture_to_file(str(tmp_path / "test.log"))
    assert Route("/x", None).methods == ("GET",)
    handler.close()
