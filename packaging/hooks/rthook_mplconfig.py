"""Frozen app only: give matplotlib a persistent config/cache folder before it is imported.

PyInstaller's own matplotlib hook (removed from the bundle by the spec) points MPLCONFIGDIR
at a fresh temporary folder on every launch, so matplotlib rebuilt its font cache each
start (~0.4 s). The folder is keyed by the bundle's location: a moved or second install
builds its own cache once instead of reading font paths that point elsewhere.
"""


def _use_persistent_mplconfigdir() -> None:
    import hashlib
    import os
    import sys

    if os.environ.get("MPLCONFIGDIR"):
        return
    try:
        from platformdirs import user_cache_dir

        bundle = os.path.realpath(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable)))
        key = hashlib.sha1(bundle.encode("utf-8")).hexdigest()[:10]
        folder = os.path.join(user_cache_dir("synergy-explorer", appauthor=False), f"mpl-{key}")
        os.makedirs(folder, exist_ok=True)
    except Exception:  # a read-only home: matplotlib falls back to a temporary folder itself
        return
    os.environ["MPLCONFIGDIR"] = folder


_use_persistent_mplconfigdir()
del _use_persistent_mplconfigdir
