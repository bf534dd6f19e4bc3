#!/usr/bin/env python3
"""The compatibility matrix: each binding's conformance kit on the library versions applications have.

    python3 .ci/compatibility_matrix.py [--only BINDING] [--versions V1,V2]

Each binding's pom declares, in its properties, the library it binds (compat.library), the build
property that sets its version (compat.property; the version it is built with is that property's
value), the oldest version it supports (compat.oldest), the versions to run on (compat.versions)
and its kit test (compat.kit). For each version this builds nothing anew: the binding's classes,
compiled against the version it is built with, run its kit with the other version on the class
path (-Dmaven.main.skip=true -D<property>=<version>), as an application's class path would have
them. The table goes to standard output and to target/compatibility-matrix.md.

A version passes when its kit passes. A failure that is listed below as a known deviation of that
version is reported with its explanation and does not fail the run; any other failure, a kit that
ran no test, or a known deviation that no longer occurs (the list must say what is true) fails it.
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
POM = "{http://maven.apache.org/POM/4.0.0}"
BINDINGS = ["jackson-binding", "jackson3-binding", "gson-binding", "jsonp-binding"]


def version_key(version):
    return [int(part) if part.isdigit() else part for part in re.split(r"[.\-]", version)]


# (module, first version, last version, pattern of the failure message, what it means)
KNOWN = [
    ("jackson-binding", "2.18.0", "2.22.99",
     r"\[BOUND RECORD\]: expected DUPLICATE_HEADER but was com\.fasterxml\.jackson\.databind\.exc\.InvalidDefinitionException",
     "a record bound with a second `header` member is refused by Jackson's own InvalidDefinitionException "
     "(\"No fallback setter/field defined for creator property 'header'\"), not by DUPLICATE_HEADER: "
     "refused, never read as either header, but not as the SDK's exception (fixed in Jackson 2.23)"),
    ("jackson-binding", "2.18.0", "2.22.99",
     r"\[BOUND ONE_PASS( from byte\[\])?\]: expected DUPLICATE_HEADER but was java\.io\.UncheckedIOException: "
     r"No fallback setter/field defined for creator property 'header'",
     "the same record read by JacksonHeaders.responseReader(mapper) from a String or bytes in memory: Jackson's "
     "InvalidDefinitionException (an IOException) comes out as an UncheckedIOException with its message"),
    ("jackson3-binding", "3.0.0", "3.0.99",
     r"\[BOUND (RECORD|ONE_PASS|ONE_PASS from byte\[\])\]: expected DUPLICATE_HEADER but was "
     r"tools\.jackson\.databind\.exc\.InvalidDefinitionException",
     "a record bound with a second `header` member, by the module or by Jackson3Headers.responseReader(mapper), is "
     "refused by Jackson's own InvalidDefinitionException, not by DUPLICATE_HEADER: refused, never read as either "
     "header (fixed in Jackson 3.1)"),
    ("jackson3-binding", "3.0.4", "3.0.99",
     r"a name with a surrogate pair escape( \[(BYTES|STREAM|STREAM_BYTE_BY_BYTE|SLICE|HEAP_BUFFER|DIRECT_BUFFER|READ_ONLY_BUFFER)"
     r"[^\]]*\]: expected ResultHeader.*MALFORMED_JSON: invalid JSON: the JSON library refused text that is JSON"
     r"| \[BOUND ONE_PASS from byte\[\]\]: expected ResultHeader.*MALFORMED_JSON"
     r"|: the forms give different messages)",
     "a member name written with an escaped surrogate pair (\\ud83d\\ude00) is refused as MALFORMED_JSON by "
     "Jackson's byte parser (valid JSON refused, never misread; String and Reader bodies read it, so the byte and "
     "text forms' messages differ; fixed in Jackson 3.1)"),
    ("gson-binding", "2.12.0", "2.13.99",
     r"1000-digit resultCode is out of range, never wrapped( \[[^\]]*(\[\])?\]: expected CODE_OUT_OF_RANGE"
     r"( but was dev\.nhncloud\.result\.MalformedResponseException: MALFORMED_JSON"
     r"|, but the library refused the text: com\.google\.gson\.JsonSyntaxException)"
     r"|: the forms give different messages)",
     "a resultCode of 1,000 digits (the longest number literal the SDK reads) is refused by Gson's tokenizer, so "
     "MALFORMED_JSON rather than CODE_OUT_OF_RANGE (and Gson's own tree parser refuses it too): refused either way, never wrapped into an int; "
     "a stream's message cannot place a refusal of valid JSON and says it lies past the first 65,536 bytes (passes on Gson 2.15)"),
]


def properties(module):
    tree = ET.parse(os.path.join(ROOT, module, "pom.xml"))
    props = tree.getroot().find(POM + "properties")
    return {child.tag.replace(POM, ""): (child.text or "").strip() for child in props} if props is not None else {}


def root_property(name):
    return properties(".").get(name)


def built_with(module, prop):
    return properties(module).get(prop) or root_property(prop)


def kit_results(module, kit):
    tests, failures = 0, []
    for report in glob.glob(os.path.join(ROOT, module, "target", "surefire-reports", "TEST-*" + kit + ".xml")):
        for case in ET.parse(report).getroot().iter("testcase"):
            tests += 1
            for kind in ("failure", "error"):
                problem = case.find(kind)
                if problem is not None:
                    failures.append((case.get("name"), (problem.get("message") or problem.get("type") or "").strip()))
    return tests, failures


def known_for(module, version):
    return [k for k in KNOWN if k[0] == module and version_key(k[1]) <= version_key(version) <= version_key(k[2])]


def run(module, prop, version, kit):
    for old in glob.glob(os.path.join(ROOT, module, "target", "surefire-reports", "*")):
        os.remove(old)
    command = [os.path.join(ROOT, "mvnw"), "-B", "-q", "-pl", module, "-am", "test", "-Dmaven.main.skip=true",
               "-D" + prop + "=" + version, "-Dtest=" + kit, "-Dsurefire.failIfNoSpecifiedTests=false",
               "-Denforcer.skip=true"]
    log = os.path.join(ROOT, module, "target", "compat-" + version + ".log")
    started = time.time()
    with open(log, "w") as out:
        status = subprocess.call(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    return status, time.time() - started, log


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only")
    parser.add_argument("--versions")
    args = parser.parse_args()

    modules = [m for m in BINDINGS if os.path.exists(os.path.join(ROOT, m, "pom.xml"))]
    if args.only:
        modules = [m for m in modules if m == args.only or m.startswith(args.only + "-")]
    print("== compiling the bindings once, against the versions they are built with", flush=True)
    if subprocess.call([os.path.join(ROOT, "mvnw"), "-B", "-q", "-pl", ",".join(modules), "-am", "test-compile"], cwd=ROOT):
        sys.exit("the bindings do not compile")

    rows, problems = [], []
    for module in modules:
        props = properties(module)
        library, prop, oldest, kit = (props.get("compat." + k) for k in ("library", "property", "oldest", "kit"))
        versions = (args.versions.split(",") if args.versions else props.get("compat.versions", "").split())
        if not (library and prop and oldest and kit and versions):
            problems.append(f"{module}: its pom does not declare compat.library, .property, .oldest, .versions and .kit")
            continue
        if not args.versions and oldest not in versions:
            problems.append(f"{module}: the oldest supported version {oldest} is not among those run")
        base = built_with(module, prop)
        for version in versions:
            status, seconds, log = run(module, prop, version, kit)
            tests, failures = kit_results(module, kit)
            expected = known_for(module, version)
            unexplained = [f for f in failures if not any(re.search(k[3], f[1]) for k in expected)]
            unseen = [k for k in expected if not any(re.search(k[3], f[1]) for f in failures)]
            if tests == 0:
                result = f"**did not run** (exit {status}; see {os.path.relpath(log, ROOT)})"
                problems.append(f"{module} on {library} {version}: the kit ran no test ({log})")
            elif unexplained:
                result = f"**{len(failures)} of {tests} failed**: {unexplained[0][1][:160]}"
                problems.append(f"{module} on {library} {version}: {len(unexplained)} unexplained failures, "
                                f"the first: {unexplained[0][1][:300]} ({log})")
            elif failures:
                result = f"{tests - len(failures)} of {tests} passed; {len(failures)}: " + "; ".join(k[4] for k in expected)
            else:
                result = f"all {tests} passed"
            for k in unseen:
                problems.append(f"{module} on {library} {version}: the known deviation \"{k[4][:80]}…\" no longer occurs; "
                                f"narrow its range in .ci/compatibility_matrix.py")
            note = " (built with)" if version == base else (" (oldest supported)" if version == oldest else "")
            rows.append((library, version + note, module, result, f"{seconds:.0f} s"))
            print(f"   {module:17} {library} {version:8} {result[:110]}  [{seconds:.0f} s]", flush=True)

    table = ["| library | version | binding | kit result | time |", "|---|---|---|---|---:|"]
    table += [f"| `{r[0]}` | {r[1]} | `{r[2]}` | {r[3]} | {r[4]} |" for r in rows]
    os.makedirs(os.path.join(ROOT, "target"), exist_ok=True)
    with open(os.path.join(ROOT, "target", "compatibility-matrix.md"), "w") as out:
        out.write("\n".join(table) + "\n")
    print("\n".join(table))
    if problems:
        print("\nFAILED: the compatibility matrix: " + str(len(problems)) + " problem(s)", file=sys.stderr)
        for problem in problems:
            print("  - " + problem, file=sys.stderr)
        sys.exit(1)
    print(f"\n{len(rows)} passed, 0 failed")


if __name__ == "__main__":
    main()
