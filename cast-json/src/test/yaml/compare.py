"""Reads every NAME.yaml in a directory with PyYAML (a YAML 1.1 reader, safe_load) and compares it
with json.load of NAME.json. Prints one line per file: "NAME ok", or "NAME differs: ...", or
"NAME error: ...". Used by YamlCrossCheckTest."""
import json
import os
import sys

import yaml


def same(a, b, path):
    if type(a) is not type(b) and not (isinstance(a, (int, float)) and isinstance(b, (int, float))
                                       and not isinstance(a, bool) and not isinstance(b, bool)):
        return "%s: %r (%s) != %r (%s)" % (path, a, type(a).__name__, b, type(b).__name__)
    if isinstance(a, dict):
        if sorted(a) != sorted(b):
            return "%s: keys %r != %r" % (path, sorted(a), sorted(b))
        for k in a:
            d = same(a[k], b[k], path + "/" + k)
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return "%s: %d items != %d" % (path, len(a), len(b))
        for i, (x, y) in enumerate(zip(a, b)):
            d = same(x, y, "%s/%d" % (path, i))
            if d:
                return d
        return None
    return None if a == b else "%s: %r != %r" % (path, a, b)


def main(directory):
    for f in sorted(os.listdir(directory)):
        if not f.endswith(".yaml"):
            continue
        name = f[: -len(".yaml")]
        try:
            with open(os.path.join(directory, f), encoding="utf-8") as y:
                doc = yaml.safe_load(y)
            with open(os.path.join(directory, name + ".json"), encoding="utf-8") as j:
                expected = json.load(j)
            d = same(doc, expected, "")
            print("%s differs: %s" % (name, d) if d else "%s ok" % name)
        except Exception as e:  # noqa: BLE001 - every failure is a finding
            print("%s error: %s" % (name, str(e).splitlines()[0] if str(e) else type(e).__name__))
    sys.stdout.flush()


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")
    main(sys.argv[1])
