#!/usr/bin/env python3
"""Turns the results of cast-benchmarks/run into tables of times and of ratios against targets.

Usage: report.py RESULTS_DIR [--docs docs/performance.md]

Reads RESULTS_DIR/jmh-*.json (JMH's JSON output), heap.jsonl (HeapProbe), coldstart.json
(ColdStartDriver) and meta.json (the machine, written by the run script). Prints Markdown and
writes it to RESULTS_DIR/table.md; with --docs, also replaces the text between the markers
<!-- results:begin --> and <!-- results:end --> of that file.

Errors: JMH's error is the half-width of the 99.9% confidence interval of the mean (Student's t
over the measurement iterations). A ratio a/b gets the error r * sqrt((ea/a)^2 + (eb/b)^2): the
first-order propagation of the two relative errors, taken as independent.
"""
import glob
import json
import math
import os
import re
import sys

SIZES = ["small", "large", "huge"]
OPERATIONS = ["build", "write", "read", "check", "render"]
# WalkBenchmark is a reference for scaling, listed with the times but not an operation of castkit.
REFERENCES = ["walk"]
IMPLEMENTATIONS = ["castkit", "dataBinding", "handCoded"]
LABELS = {"castkit": "castkit", "dataBinding": "baseline 1: data binding",
          "handCoded": "baseline 2: hand-coded streaming"}


def load_jmh(directory):
    results = {}
    for path in sorted(glob.glob(os.path.join(directory, "jmh-*.json"))):
        with open(path) as f:
            for r in json.load(f):
                cls, method = r["benchmark"].rsplit(".", 1)
                operation = cls.rsplit(".", 1)[1].replace("Benchmark", "").lower()
                size = r["params"]["size"]
                m = r["primaryMetric"]
                unit = m["scoreUnit"]
                scale = {"us/op": 1.0, "ms/op": 1000.0, "ns/op": 0.001, "s/op": 1e6}[unit]
                error = m["scoreError"]
                if error is None or (isinstance(error, float) and math.isnan(error)):
                    error = float("nan")
                results[(operation, method, size)] = (m["score"] * scale, error * scale)
    return results


def ratio(a, b):
    if a is None or b is None:
        return None
    (x, ex), (y, ey) = a, b
    r = x / y
    return r, r * math.sqrt((ex / x) ** 2 + (ey / y) ** 2)


def time_text(v):
    if v is None:
        return "not run"
    score, error = v
    if score >= 1000:
        return "%s ± %s ms" % (sig(score / 1000), sig(error / 1000))
    return "%s ± %s µs" % (sig(score), sig(error))


def sig(x):
    if isinstance(x, float) and math.isnan(x):
        return "?"
    if x == 0:
        return "0"
    digits = max(0, 2 - int(math.floor(math.log10(abs(x)))))
    return "{:,.{}f}".format(x, digits)


def ratio_text(r):
    if r is None:
        return "not run"
    if math.isnan(r[1]):
        return "%.2f" % r[0]
    return "%.2f ± %.2f" % r


def verdict(r, target):
    if r is None:
        return "not measured"
    value, error = r
    close = not math.isnan(error) and value - error <= target <= value + error
    if value <= target:
        return "met" + (" (target inside the error bar)" if close else "")
    return "**missed** by %.0f%%%s" % (
        (value / target - 1) * 100, " (target inside the error bar)" if close else "")


def main(argv):
    directory = argv[1]
    docs = argv[argv.index("--docs") + 1] if "--docs" in argv else None
    jmh = load_jmh(directory)
    meta = {}
    if os.path.exists(os.path.join(directory, "meta.json")):
        with open(os.path.join(directory, "meta.json")) as f:
            meta = json.load(f)
    heap = []
    if os.path.exists(os.path.join(directory, "heap.jsonl")):
        with open(os.path.join(directory, "heap.jsonl")) as f:
            heap = [json.loads(line) for line in f if line.strip()]
    cold = None
    if os.path.exists(os.path.join(directory, "coldstart.json")):
        with open(os.path.join(directory, "coldstart.json")) as f:
            cold = json.load(f)

    out = []
    if meta:
        out.append("Measured %s on %s: %s cores, %s memory, JDK %s; load average %s before, %s after."
                   % (meta.get("date"), meta.get("cpu"), meta.get("nproc"), meta.get("memory"),
                      meta.get("jdk"), meta.get("loadBefore"), meta.get("loadAfter")))
        phases = meta.get("loadAfterPhase") or {}
        if phases:
            out.append("Load average after each JMH phase: %s." % "; ".join(
                "%s %s" % (k, v) for k, v in phases.items()))
        out.append("JMH %s; small: `%s`; large: `%s`; huge: `%s`; %s s in all." % (
            meta.get("jmh"), meta.get("smallOptions"), meta.get("largeOptions"),
            meta.get("hugeOptions"), meta.get("seconds")))
        out.append("")

    out.append("#### Ratios against the targets (castkit / baseline; lower is better)")
    out.append("")
    out.append("| target | small | large | huge | verdict |")
    out.append("|---|---|---|---|---|")

    def row(name, target, values):
        worst = None
        for v in values:
            if v is not None and (worst is None or v[0] > worst[0]):
                worst = v
        out.append("| %s | %s | %s |" % (
            name, " | ".join(ratio_text(v) for v in values), verdict(worst, target)))

    for op in ["write", "read"]:
        row("%s: castkit / data binding ≤ 1" % op, 1.0,
            [ratio(jmh.get((op, "castkit", s)), jmh.get((op, "dataBinding", s))) for s in SIZES])
        row("%s: castkit / hand-coded ≤ 1.5" % op, 1.5,
            [ratio(jmh.get((op, "castkit", s)), jmh.get((op, "handCoded", s))) for s in SIZES])
    # Jackson3Benchmark: castkit on Jackson 3 (CastJackson3) against Jackson 3 data binding
    for op in ["write", "read"]:
        row("Jackson 3, %s: castkit / data binding ≤ 1" % op, 1.0,
            [ratio(jmh.get(("jackson3", op + "Castkit", s)),
                   jmh.get(("jackson3", op + "DataBinding", s))) for s in SIZES])
    row("check / read (castkit) ≤ 0.5", 0.5,
        [ratio(jmh.get(("check", "castkit", s)), jmh.get(("read", "castkit", s))) for s in SIZES])
    # The walk that picks the format version (1.0 or 1.1) before a write: its share of the write
    row("format-version walk / write (castkit) ≤ 0.05", 0.05,
        [ratio(jmh.get(("write", "formatVersionWalk", s)), jmh.get(("write", "castkit", s)))
         for s in SIZES])
    if heap:
        by = {h["size"]: h for h in heap}
        values = [(by[s]["castkitRetained"] / by[s]["jsonBytes"], float("nan")) if s in by else None
                  for s in SIZES]
        row("heap retained by a read analysis / its JSON size ≤ 2", 2.0, values)
    out.append("")
    out.append("#### Scaling: huge / large (10 times the elements; target ≤ 12)")
    out.append("")
    out.append("| operation | castkit | baseline 1: data binding | baseline 2: hand-coded | verdict (castkit) |")
    out.append("|---|---|---|---|---|")
    for op in OPERATIONS:
        values = [ratio(jmh.get((op, impl, "huge")), jmh.get((op, impl, "large")))
                  if (op, impl, "large") in jmh else None for impl in IMPLEMENTATIONS]
        if all(v is None for v in values):
            continue
        out.append("| %s | %s | %s |" % (
            op, " | ".join("—" if v is None else ratio_text(v) for v in values),
            verdict(values[0], 12.0)))
    walk = ratio(jmh.get(("walk", "castkit", "huge")), jmh.get(("walk", "castkit", "large")))
    if walk is not None:
        out.append("| *reference: a walk that visits every element once (`WalkBenchmark`)* | %s | — | — | "
                   "the memory hierarchy's own scaling |" % ratio_text(walk))
    out.append("")
    if cold:
        out.append("#### Cold start (whole processes, %d runs each, medians)" % cold["runs"])
        out.append("")
        out.append("| program | median | difference | target | verdict |")
        out.append("|---|---|---|---|---|")
        out.append("| JVM that prints a line | %.0f ms | | | |" % cold["helloMedianMs"])
        out.append("| JVM that reads and checks %s (%s bytes) | %.0f ms | %+.0f ms | ≤ +300 ms | %s |" % (
            cold["file"], "{:,}".format(cold["bytes"]), cold["readCheckMedianMs"],
            cold["differenceMs"], verdict((cold["differenceMs"], float("nan")), 300.0)))
        if "appCdsReadCheckMedianMs" in cold:
            out.append("| the same with an application class-data archive (information) | %.0f ms | %+.0f ms | | |"
                       % (cold["appCdsReadCheckMedianMs"], cold["appCdsDifferenceMs"]))
        out.append("")

    out.append("#### Times (mean ± 99.9% confidence half-width, per operation)")
    out.append("")
    out.append("| operation | implementation | small | large | huge |")
    out.append("|---|---|---|---|---|")
    for op in OPERATIONS + REFERENCES:
        for impl in IMPLEMENTATIONS:
            values = [jmh.get((op, impl, s)) for s in SIZES]
            if all(v is None for v in values):
                continue
            out.append("| %s | %s | %s |" % (op, LABELS[impl], " | ".join(time_text(v) for v in values)))
    out.append("")
    if heap:
        out.append("#### Heap retained by one read analysis (MemoryMXBean after full GC)")
        out.append("")
        out.append("| size | elements | JSON | castkit | baseline 1 records | baseline 2 records |")
        out.append("|---|---|---|---|---|---|")
        for h in heap:
            j = h["jsonBytes"]
            out.append("| %s | %s | %s | %s (%.2f×) | %s (%.2f×) | %s (%.2f×) |" % (
                h["size"], "{:,}".format(h["elements"]), mb(j),
                mb(h["castkitRetained"]), h["castkitRetained"] / j,
                mb(h["dataBindingRetained"]), h["dataBindingRetained"] / j,
                mb(h["handCodedRetained"]), h["handCodedRetained"] / j))
        out.append("")

    text = "\n".join(out)
    print(text)
    with open(os.path.join(directory, "table.md"), "w") as f:
        f.write(text + "\n")
    if docs:
        with open(docs) as f:
            doc = f.read()
        begin, end = "<!-- results:begin -->", "<!-- results:end -->"
        if begin not in doc or end not in doc:
            sys.exit("%s has no %s ... %s markers" % (docs, begin, end))
        doc = re.sub(re.escape(begin) + ".*?" + re.escape(end),
                     lambda m: begin + "\n" + text + "\n" + end, doc, flags=re.S)
        with open(docs, "w") as f:
            f.write(doc)


def mb(n):
    if n >= 1_000_000:
        return "%.1f MB" % (n / 1_000_000)
    return "%.0f kB" % (n / 1000)


if __name__ == "__main__":
    main(sys.argv)
