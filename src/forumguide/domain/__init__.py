"""Plain data and pure rules: no Qt, no SQL, nothing of ours imported."""
