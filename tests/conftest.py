"""Hypothesis profiles: "ci" runs more examples than "dev" (the default on a laptop).

"ci" is derandomized so that a submission's CI result does not depend on luck; "dev" keeps
exploring new examples on every run, which is where new bugs are found.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
