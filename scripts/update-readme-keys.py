#!/usr/bin/env python3
"""Replaces README.md's key table with `rapport keys --standard` (the standard keymap is the one source of truth)."""
import re
import subprocess
from pathlib import Path

root = Path(__file__).resolve().parent.parent
table = subprocess.run(["swift", "run", "-q", "rapport", "keys", "--standard"], cwd=root, check=True, capture_output=True, text=True).stdout.rstrip("\n")
readme = root / "README.md"
text = readme.read_text()
updated = re.sub(r"(<!-- keys:begin -->\n).*?(\n<!-- keys:end -->)", lambda m: m.group(1) + table + m.group(2), text, flags=re.S)
readme.write_text(updated)
