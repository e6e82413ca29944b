#!/usr/bin/env python3
"""Turns bench/work/results.tsv (written by bench/run) into the markdown table of the benchmark.

usage: report.py WORK_DIR     prints markdown on standard output
"""
import csv
import json
import os
import statistics
import sys

# Which lower bound (same input files) each group is compared with.
LOWER_BOUND = {
    "lb-src": "lower-bound-src", "lb-jars": "lower-bound-jars", "lb-all": "lower-bound-all",
    "ref": "lower-bound-src", "pmd": "lower-bound-src",
    "source-cold": "lower-bound-src", "source-warm": "lower-bound-src", "source-edit": "lower-bound-src",
    "bytecode-cold": "lower-bound-jars", "bytecode-warm": "lower-bound-jars",
    "spotbugs": "lower-bound-jars", "forbiddenapis": "lower-bound-jars", "bytecode-all": "lower-bound-jars",
    "full-cold": "lower-bound-all", "full-warm": "lower-bound-all", "full-edit": "lower-bound-all",
}
MIB = 1024.0


def load(work):
    rows = []
    with open(os.path.join(work, "results.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            r["walls"] = [float(x) for x in r["wall"].split(",") if x]
            r["cpus"] = [float(x) for x in r["cpu"].split(",") if x]
            r["rss"] = [int(x) / 1024.0 for x in r["rss_kb"].split(",") if x]
            r["median"] = statistics.median(r["walls"]) if r["walls"] else None
            rows.append(r)
    return rows


def kv(path):
    out = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if "\t" in line:
                    k, v = line.rstrip("\n").split("\t", 1)
                    out[k] = v
    return out


def fmt(x, digits=2):
    return "–" if x is None else f"{x:.{digits}f}"


def main():
    work = sys.argv[1]
    rows = load(work)
    by_name = {r["name"]: r for r in rows}

    def median(name):
        r = by_name.get(name)
        return r["median"] if r else None

    def verdict(ok, label):
        return f"{label} {'PASS' if ok else 'GAP'}"

    out = []
    machine, corpus = kv(os.path.join(work, "machine.tsv")), kv(os.path.join(work, "corpus.tsv"))
    out.append(f"Machine: {machine.get('nproc', '?')} CPUs ({machine.get('cpu', '?')}), {machine.get('ram', '?')} RAM, "
               f"{machine.get('jdk', '?')}; {machine.get('date', '?')}; load average "
               f"{machine.get('loadavg', '?')} (other jobs on the machine inflate wall times; CPU s is steadier).")
    out.append(f"Corpus: {corpus.get('artifacts', '?')} artifacts, {corpus.get('java_files', '?')} Java files "
               f"({corpus.get('java_lines', '?')} lines, {corpus.get('java_mib', '?')} MiB), "
               f"{corpus.get('jar_classes', '?')} classes in jars ({corpus.get('unique_classes', '?')} distinct names, "
               f"{corpus.get('jar_mib', '?')} MiB of jars).")
    out.append(f"Repetitions: {machine.get('reps', '?')}. Command: `{machine.get('command', 'bench/run')}`"
               f"{' (took ' + machine['duration'] + ')' if 'duration' in machine else ''}. "
               f"sockcheck: {machine.get('sockcheck', '?')}.")
    out.append("")
    out.append("| configuration | threads | runs | median s | spread s (min–max) | CPU s (median) | × lower bound "
               "| vs PMD | vs forbiddenapis | vs SpotBugs no pre-filter | peak RSS MiB | findings | targets |")
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        name, group, threads = r["name"], r["group"], r["threads"]
        if not r["walls"]:
            out.append(f"| {name} | {threads} | 0 | pending | | | | | | | | | {r['note']} |")
            continue
        m = r["median"]
        lb = median(LOWER_BOUND.get(group, ""))
        x_lb = m / lb if lb else None
        vs_pmd = vs_fa = vs_sb = None
        targets = []
        pinned = "@" in name  # a pinned before-build: compared in the before/after table, no verdicts
        sockcheck = name.startswith("sockcheck-") and not pinned
        if group in ("source-cold", "source-warm", "source-edit") or group == "full-cold":
            pmd = median(f"pmd-1-rule-t{threads}")
            vs_pmd = pmd / m if pmd else None
        if group.startswith("bytecode"):
            fa, sb = median("forbiddenapis"), median("spotbugs-no-prefilter")
            vs_fa = fa / m if fa else None
            vs_sb = sb / m if sb else None
        if pinned:
            pass
        elif group == "source-cold":
            targets.append(verdict(x_lb is not None and x_lb <= 3.0, "≤3× LB") if x_lb else "≤3× LB pending")
            targets.append(verdict(vs_pmd >= 10.0, "≥10× PMD") if vs_pmd else "≥10× PMD pending")
        if group == "bytecode-cold" and not pinned:
            targets.append(verdict(vs_fa >= 1.0, "≤ forbiddenapis") if vs_fa else "≤ forbiddenapis pending")
            targets.append(verdict(vs_sb >= 20.0, "≥20× SpotBugs") if vs_sb else "≥20× SpotBugs pending")
        if group.endswith("-edit") and not pinned:
            targets.append(verdict(x_lb is not None and x_lb <= 1.5, "≤1.5× LB") if x_lb else "≤1.5× LB pending")
        peak = max(r["rss"]) if r["rss"] else None
        if sockcheck and peak is not None:
            targets.append(verdict(peak < MIB, "<1 GiB"))
        if r["note"].startswith("INVALID"):
            targets = ["no verdict (the run reported an engine error)"]
        spread = f"{min(r['walls']):.2f}–{max(r['walls']):.2f}"
        cpu = statistics.median(r["cpus"]) if r["cpus"] else None

        def ratio(x):
            return "–" if x is None else f"{x:.1f}×"

        out.append(f"| {name} | {threads} | {r['reps']} | {fmt(m)} | {spread} | {fmt(cpu)} | {ratio(x_lb)} "
                   f"| {ratio(vs_pmd)} | {ratio(vs_fa)} | {ratio(vs_sb)} | {fmt(peak, 0)} | {r['findings'] or '–'} "
                   f"| {'; '.join(targets) or '–'}{(' ' + r['note']) if r['note'] else ''} |")
    out.append("")
    out.append("× lower bound = median / median of the read-everything run over the same inputs (src, jars or "
               "both). vs X = X's median / this median (> 1: this row is faster). Spread is min–max wall time; "
               "peak RSS is the largest of the runs.")
    out.extend(before_after(work, rows, by_name))
    out.extend(target_verdicts(rows, by_name))
    print("\n".join(out))


# The targets of issues 8 and 19: (target, judged configuration regex, reference row or None for the
# lower bound of the same inputs, kind) where kind "le" = sockcheck ≤ limit × reference, "faster" =
# reference ÷ sockcheck ≥ limit.
TARGETS = [
    ("source scan ≤ 3× the JVM read-everything lower bound", r"sockcheck-source-cold-t\d", None, "le", 3.0),
    ("source scan ≥ 10× faster than PMD's single-rule run", r"sockcheck-source-cold-t\d", "pmd-1-rule-t{t}",
     "faster", 10.0),
    ("bytecode scan no slower than forbiddenapis", r"sockcheck-bytecode-cold-t\d", "forbiddenapis", "faster", 1.0),
    ("bytecode scan ≥ 20× faster than SpotBugs without the pre-filter", r"sockcheck-bytecode-cold-t\d",
     "spotbugs-no-prefilter", "faster", 20.0),
    ("warm re-run after one edit ≤ 1.5× the lower bound of the same inputs",
     r"sockcheck-(source|full)-warm-1-file-changed-t\d", None, "le", 1.5),
]


def target_verdicts(rows, by_name):
    """One line per target, configuration and build (the jar under test, each pinned build, each variant):
    the ratio in wall time (median) and in CPU time (median), and the verdict, computed from the rows."""
    import re
    measured = [r for r in rows if r["walls"]]
    labels = ["now"] + sorted({r["name"].split("@", 1)[1] for r in measured if "@" in r["name"]})
    out = ["", "Targets (issues 8 and 19), computed from the rows above for every build and variant: the verdict "
           "judges the median wall time (the CPU column gives the same ratio in CPU seconds, which other jobs "
           "on the machine disturb less).", "",
           "| target | configuration | build | sockcheck: wall s / CPU s | reference: wall s / CPU s | ratio (wall) "
           "| ratio (CPU) | verdict |", "|---|---|---|---|---|---|---|---|"]

    def cpu(r):
        return statistics.median(r["cpus"])

    for target, pattern, reference, kind, limit in TARGETS:
        for label in labels:
            for r in measured:
                base, _, lab = r["name"].partition("@")
                if (lab or "now") != label or not re.fullmatch(pattern, base):
                    continue
                ref_name = (reference.format(t=r["threads"]) if reference
                            else LOWER_BOUND.get(r["group"], ""))
                ref = by_name.get(ref_name)
                if r["note"].startswith("INVALID"):
                    verdict, rw, rc, ref_cell = "no verdict (engine error)", "–", "–", "–"
                elif not ref or not ref["walls"]:
                    verdict, rw, rc, ref_cell = f"pending ({ref_name} not run)", "–", "–", "–"
                else:
                    if kind == "le":
                        w, c = r["median"] / ref["median"], cpu(r) / cpu(ref)
                        ok = w <= limit
                        rw, rc = f"{w:.1f}× {ref_name}", f"{c:.1f}×"
                    else:
                        w, c = ref["median"] / r["median"], cpu(ref) / cpu(r)
                        ok = w >= limit
                        rw, rc = f"{w:.1f}× faster", f"{c:.1f}× faster"
                    verdict = "**met**" if ok else "**gap**"
                    if (kind == "le" and (c <= limit) != ok) or (kind == "faster" and (c >= limit) != ok):
                        verdict += " (CPU: " + ("met" if not ok else "gap") + ")"
                    ref_cell = f"{ref['median']:.2f} / {cpu(ref):.2f}"
                out.append(f"| {target} | {base} | {label} | {r['median']:.2f} / {cpu(r):.2f} | {ref_cell} | {rw} "
                           f"| {rc} | {verdict} |")
    # Peak memory: every sockcheck row of a build; the full rows are the whole corpus.
    for label in labels:
        sc = [r for r in measured if r["name"].startswith("sockcheck-")
              and (r["name"].partition("@")[2] or "now") == label]
        if not sc:
            continue
        top = max(sc, key=lambda r: max(r["rss"]))
        peak = max(top["rss"])
        out.append(f"| peak memory under 1 GiB for the whole corpus | every sockcheck row ({len(sc)}) | {label} "
                   f"| – | – | {peak:.0f} MiB ({top['name'].partition('@')[0]}) | – "
                   f"| {'**met**' if peak < MIB else '**gap**'} |")
    return out


def finding_set(work, name):
    """The findings of the last run of a row, as (ruleId, file, line) triples; None without a SARIF file."""
    path = os.path.join(work, "out", name + ".sarif")
    if not os.path.exists(path):
        return None
    found = set()
    with open(path, encoding="utf-8") as f:
        for run in json.load(f)["runs"]:
            for res in run.get("results", []):
                loc = (res.get("locations") or [{}])[0].get("physicalLocation", {})
                found.add((res.get("ruleId", "?"), loc.get("artifactLocation", {}).get("uri", "?"),
                           loc.get("region", {}).get("startLine", 0)))
    return found


def before_after(work, rows, by_name):
    """The rows of pinned builds (CONFIGURATION@COMMIT) beside the same configuration of the jar under test,
    with the finding sets of both compared (rule id, file, line)."""
    pinned = [r for r in rows if "@" in r["name"] and r["walls"]]
    if not pinned:
        return []
    out = ["", "Before/after, same run (the builds of one configuration ran in turn, repetition by repetition): "
           "now ÷ before, < 1 is faster now.", "",
           "| configuration | before | before: median s / CPU s / peak RSS MiB | now: median s / CPU s / peak RSS MiB "
           "| wall now÷before | CPU now÷before | RSS now÷before | findings before → now | finding sets |",
           "|---|---|---|---|---|---|---|---|---|"]
    changes = {}  # (commit, sign, rule, file, line) -> the configurations that show the difference
    for r in pinned:
        base, commit = r["name"].split("@", 1)
        now = by_name.get(base)
        b = (r["median"], statistics.median(r["cpus"]), max(r["rss"]))
        same = "–"
        if now and now["walls"]:
            n = (now["median"], statistics.median(now["cpus"]), max(now["rss"]))
            ratios = [f"{n[i] / b[i]:.2f}" for i in range(3)]
            now_cell = f"{n[0]:.2f} / {n[1]:.2f} / {n[2]:.0f}"
            nf = now["findings"] or "–"
            before_set, now_set = finding_set(work, r["name"]), finding_set(work, base)
            if before_set is not None and now_set is not None:
                gone, added = sorted(before_set - now_set), sorted(now_set - before_set)
                same = "identical" if not gone and not added else f"**changed**: +{len(added)} −{len(gone)}"
                for sign, found in (("+", added), ("−", gone)):
                    for rule, uri, line in found:
                        changes.setdefault((commit, sign, rule, uri, line), []).append(base)
        else:
            ratios, now_cell, nf = ["–"] * 3, "–", "–"
        out.append(f"| {base} | {commit} | {b[0]:.2f} / {b[1]:.2f} / {b[2]:.0f} | {now_cell} | {ratios[0]} "
                   f"| {ratios[1]} | {ratios[2]} | {r['findings'] or '–'} → {nf} | {same} |")
    if changes:
        out += ["", "Findings that differ between a before-build and now (rule id, file, line; + only now, − only "
                "before), each once with the configurations that show it:", ""]
        out += [f"- {commit} → now: {sign} `{rule}` {uri}:{line} ({', '.join(bases)})"
                for (commit, sign, rule, uri, line), bases in changes.items()]
    else:
        out += ["", "Every before-build reported exactly the findings of the build under test (rule id, file, line)."]
    return out


if __name__ == "__main__":
    main()
