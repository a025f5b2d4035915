import pytest

from sitrep.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    """The default gazetteer, loaded once per test session (built into the cache on first use)."""
    return Gazetteer.default()
