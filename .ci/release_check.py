#!/usr/bin/env python3
"""The checks behind .ci/release-check (run that script; this file is its helper).

  modules ROOT             every reactor module is published (the BOM manages it) or internal (its
                           pom sets maven.deploy.skip), never both or neither; every package a
                           published module does not export is left out of the API check
  version ROOT             prints the version the root pom builds
  portal DIR               a stand-in for the Central Publisher Portal on 127.0.0.1: it accepts
                           uploads into DIR and answers nothing else
  bundle ...               the bundle holds, for every published artifact and nothing else, what
                           Central requires, with complete metadata, checksums and signatures
  compare A B              two bundles of one commit hold the same bytes (signatures aside)

Standard library only: it runs wherever the build runs.
"""

import argparse
import hashlib
import http.server
import io
import json
import os
import re
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
import zipfile

GROUP_ID = "dev.nhncloud.result"
PROJECT_URL = "https://github.com/nhncloud-result/nhncloud-result"

# What is published is what the BOM manages, and the two poms every published module needs (the
# BOM itself and the build parent); what is internal sets maven.deploy.skip. A module that is
# neither makes .ci/release-check fail until someone decides which it is, so that nothing reaches
# Maven Central, or stays away from it, by default; and adding a published module touches only
# the module, the reactor's list and the BOM.
ALWAYS_PUBLISHED = {
    "nhncloud-result-bom",
    "nhncloud-result-parent",  # the parent of every published module: Maven needs it to read them
}

POM_NS = "http://maven.apache.org/POM/4.0.0"
NS = {"m": POM_NS}
CHECKSUMS = {"md5": hashlib.md5, "sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha512": hashlib.sha512}
REQUIRED_CHECKSUMS = ("md5", "sha1")


class Problems:
    """Collects every problem, so that one run names them all, then fails once."""

    def __init__(self):
        self.items = []

    def add(self, message):
        self.items.append(message)

    def exit_if_any(self, what):
        if self.items:
            print(f"FAILED: {what}: {len(self.items)} problem(s)", file=sys.stderr)
            for item in self.items:
                print(f"  - {item}", file=sys.stderr)
            sys.exit(1)


def text(element, path):
    found = element.find(path, NS)
    return found.text.strip() if found is not None and found.text else None


# ---------------------------------------------------------------------------------------- modules

class Module:
    def __init__(self, directory, pom):
        self.directory = directory
        self.pom = pom
        self.artifact_id = text(pom, "m:artifactId")
        self.packaging = text(pom, "m:packaging") or "jar"
        skip = text(pom, "m:properties/m:maven.deploy.skip")
        self.internal = skip == "true"


def read_reactor(root):
    """The root and every module below it, following <modules> recursively."""
    modules = []

    def visit(directory):
        pom = ET.parse(os.path.join(directory, "pom.xml")).getroot()
        modules.append(Module(directory, pom))
        for name in pom.findall("m:modules/m:module", NS):
            visit(os.path.normpath(os.path.join(directory, name.text.strip())))

    visit(root)
    return modules


def japicmp_excludes(root_pom):
    patterns = []
    for plugin in root_pom.iter(f"{{{POM_NS}}}plugin"):
        if text(plugin, "m:artifactId") == "japicmp-maven-plugin":
            patterns += [e.text.strip() for e in plugin.iter(f"{{{POM_NS}}}exclude") if e.text]
    return patterns


def wildcard(pattern):
    return re.compile("^" + ".*".join(re.escape(part) for part in pattern.split("*")) + "$")


def exported_packages(module_info):
    """The packages exported to every module: a qualified export (exports ... to ...) is for the
    SDK's own modules, not public API."""
    source = re.sub(r"/\*.*?\*/|//[^\n]*", "", module_info, flags=re.S)
    return set(re.findall(r"\bexports\s+([\w.]+)\s*;", source))


def source_packages(java_root):
    packages = set()
    for directory, _, files in os.walk(java_root):
        if any(f.endswith(".java") and f != "module-info.java" for f in files):
            packages.add(os.path.relpath(directory, java_root).replace(os.sep, "."))
    return packages


def bom_managed(modules):
    """The SDK's artifacts whose versions the BOM manages: the published jars."""
    bom = next((m for m in modules if m.artifact_id == "nhncloud-result-bom"), None)
    if bom is None:
        return None
    return {text(d, "m:artifactId") for d in bom.pom.findall("m:dependencyManagement/m:dependencies/m:dependency", NS)
            if text(d, "m:groupId") == GROUP_ID}


def published_ids(modules):
    """The artifactIds to publish: the BOM's, and the BOM and the parent."""
    return ALWAYS_PUBLISHED | (bom_managed(modules) or set())


def check_modules(root):
    problems = Problems()
    modules = read_reactor(root)
    by_id = {m.artifact_id: m for m in modules}
    managed = bom_managed(modules)
    if managed is None:
        problems.add("no module nhncloud-result-bom")
        managed = set()
    published = ALWAYS_PUBLISHED | managed

    for m in modules:
        where = os.path.relpath(m.directory, root)
        if m.artifact_id in published and m.internal:
            problems.add(f"{m.artifact_id} is published (bom/pom.xml manages it) but its pom sets maven.deploy.skip to true")
        elif m.artifact_id not in published and not m.internal:
            problems.add(
                f"module '{where}' ({m.artifact_id}) is neither published nor internal. Decide: published -> "
                f"add it to bom/pom.xml's dependencyManagement; internal -> add "
                f"<maven.deploy.skip>true</maven.deploy.skip> to its pom's <properties>")
        elif m.artifact_id in ALWAYS_PUBLISHED and m.artifact_id in managed:
            problems.add(f"bom/pom.xml manages {m.artifact_id}, which is a pom, not a jar to depend on")
    for listed in sorted(managed - set(by_id)):
        problems.add(f"bom/pom.xml manages {listed}, which is no module of the reactor")
    for m in modules:
        if m.artifact_id in managed and m.packaging == "pom":
            problems.add(f"bom/pom.xml manages {m.artifact_id}, whose packaging is pom")

    # The API check compares what a module exports; a package it does not export must match
    # one of the japicmp excludes in the root pom, or the check would hold it to compatibility.
    root_pom = next(m.pom for m in modules if os.path.samefile(m.directory, root))
    excludes = [wildcard(p) for p in japicmp_excludes(root_pom)]
    for m in modules:
        info = os.path.join(m.directory, "src/main/java/module-info.java")
        if m.artifact_id not in published or not os.path.exists(info):
            continue
        with open(info, encoding="utf-8") as f:
            exported = exported_packages(f.read())
        for package in sorted(source_packages(os.path.join(m.directory, "src/main/java")) - exported):
            if not any(p.match(package) for p in excludes):
                problems.add(f"{m.artifact_id}: package {package} is not exported, yet the API compatibility check "
                             f"would compare it: move it under a package named ...internal, or add it to the japicmp <excludes> in pom.xml")

    problems.exit_if_any("the published/internal decision of every module")
    for m in modules:
        if m.artifact_id in published:
            print(f"published  {m.artifact_id} ({m.packaging})")
    for m in modules:
        if m.artifact_id not in published:
            print(f"internal   {m.artifact_id}")


def print_version(root):
    pom = ET.parse(os.path.join(root, "pom.xml")).getroot()
    print(text(pom, "m:version") or text(pom, "m:parent/m:version"))


# ----------------------------------------------------------------------------------------- portal

def serve_portal(directory):
    """Answers the one call the publishing plugin makes when told to wait only for the upload."""
    os.makedirs(directory, exist_ok=True)
    lock = threading.Lock()
    count = [0]

    class Handler(http.server.BaseHTTPRequestHandler):
        def read_body(self):
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                body = io.BytesIO()
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                    if size == 0:
                        self.rfile.readline()
                        return body.getvalue()
                    body.write(self.rfile.read(size))
                    self.rfile.readline()
            return self.rfile.read(int(self.headers.get("Content-Length", "0")))

        def answer(self, status, message):
            payload = message.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_POST(self):
            path, _, query = self.path.partition("?")
            if path != "/api/v1/publisher/upload":
                self.answer(404, f"the stand-in Portal only accepts uploads, not POST {path}")
                return
            if not self.headers.get("Authorization", "").strip():
                self.answer(401, "no user token: the plugin found no <server> for its publishingServerId")
                return
            body = self.read_body()
            with lock:
                count[0] += 1
                number = count[0]
            with open(os.path.join(directory, f"upload-{number}.bin"), "wb") as f:
                f.write(body)
            with open(os.path.join(directory, f"upload-{number}.query"), "w") as f:
                f.write(query)
            self.answer(201, f"dry-run-{number}")

        def do_GET(self):
            self.answer(404, f"the stand-in Portal only accepts uploads, not GET {self.path}")

        def log_message(self, fmt, *args):
            sys.stderr.write("portal: " + fmt % args + "\n")

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    with open(os.path.join(directory, "port.tmp"), "w") as f:
        f.write(str(server.server_address[1]))
    os.replace(os.path.join(directory, "port.tmp"), os.path.join(directory, "port"))
    server.serve_forever()


# ----------------------------------------------------------------------------------------- bundle

def sha256(data):
    return hashlib.sha256(data).hexdigest()


def effective(pom_of, artifact_id, path, problems):
    """The value a POM has for path, declared or inherited, and the artifactId that declares it."""
    current = artifact_id
    seen = set()
    while current is not None and current not in seen:
        seen.add(current)
        pom = pom_of.get(current)
        if pom is None:
            problems.add(f"{artifact_id}: its parent {current} is not in the bundle, so Maven could not read it")
            return None, None
        found = pom.find(path, NS)
        if found is not None:
            return found, current
        parent = pom.find("m:parent", NS)
        current = text(parent, "m:artifactId") if parent is not None and text(parent, "m:groupId") == GROUP_ID else None
    return None, None


def check_pom_metadata(pom_of, artifact_id, version, problems):
    pom = pom_of[artifact_id]
    raw = ET.tostring(pom, encoding="unicode")
    if "SNAPSHOT" in raw:
        problems.add(f"{artifact_id}: the POM names a SNAPSHOT version")
    group = text(pom, "m:groupId") or text(pom, "m:parent/m:groupId")
    own_version = text(pom, "m:version") or text(pom, "m:parent/m:version")
    if group != GROUP_ID or own_version != version:
        problems.add(f"{artifact_id}: POM says {group}:{own_version}, expected {GROUP_ID}:{version}")
    for path, what in (("m:name", "name"), ("m:description", "description")):
        if not text(pom, path):
            problems.add(f"{artifact_id}: the POM has no {what} of its own")
    for path, what, append_attr, holder in (
            ("m:url", "url", "child.project.url.inherit.append.path", "."),
            ("m:scm/m:url", "scm url", "child.scm.url.inherit.append.path", "m:scm"),
            ("m:scm/m:connection", "scm connection", "child.scm.connection.inherit.append.path", "m:scm"),
            ("m:scm/m:developerConnection", "scm developerConnection",
             "child.scm.developerConnection.inherit.append.path", "m:scm")):
        found, declared_in = effective(pom_of, artifact_id, path, problems)
        if found is None or not (found.text or "").strip():
            problems.add(f"{artifact_id}: no {what}, declared or inherited")
            continue
        if declared_in != artifact_id:
            declaring = pom_of[declared_in]
            element = declaring if holder == "." else declaring.find(holder, NS)
            if element.get(append_attr) != "false":
                problems.add(f"{artifact_id}: inherits its {what} from {declared_in}, which does not set "
                             f"{append_attr}=\"false\", so Maven would append the artifactId to it")
        if what == "url" and found.text.strip() != PROJECT_URL:
            problems.add(f"{artifact_id}: url is {found.text.strip()}, expected {PROJECT_URL}")
    licenses, _ = effective(pom_of, artifact_id, "m:licenses", problems)
    if licenses is None or not any(text(l, "m:name") and text(l, "m:url") for l in licenses.findall("m:license", NS)):
        problems.add(f"{artifact_id}: no licence with a name and a url, declared or inherited")
    developers, _ = effective(pom_of, artifact_id, "m:developers", problems)
    if developers is None or not any(text(d, "m:name") or text(d, "m:id") for d in developers.findall("m:developer", NS)):
        problems.add(f"{artifact_id}: no developer, declared or inherited")


def check_jar(name, data, kind, license_bytes, problems):
    try:
        jar = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        problems.add(f"{name}: not a jar")
        return
    names = set(jar.namelist())
    if "META-INF/LICENSE" not in names:
        problems.add(f"{name}: no META-INF/LICENSE")
    elif jar.read("META-INF/LICENSE") != license_bytes:
        problems.add(f"{name}: META-INF/LICENSE differs from LICENSE at the root")
    wanted = {"main": ".class", "sources": ".java", "javadoc": "index.html"}[kind]
    if not any(n.endswith(wanted) for n in names):
        problems.add(f"{name}: no {wanted} inside: the {kind} jar is empty")
    if kind == "main" and "META-INF/MANIFEST.MF" in names and b"Main-Class" in jar.read("META-INF/MANIFEST.MF"):
        problems.add(f"{name}: a library jar with a Main-Class")


def check_sbom(name, data, artifact_id, version, problems):
    if name.endswith(".json"):
        try:
            sbom = json.loads(data)
        except ValueError as e:
            problems.add(f"{name}: not JSON ({e})")
            return
        component = sbom.get("metadata", {}).get("component", {})
        if sbom.get("bomFormat") != "CycloneDX" or (component.get("group"), component.get("name"),
                                                     component.get("version")) != (GROUP_ID, artifact_id, version):
            problems.add(f"{name}: not a CycloneDX SBOM of {GROUP_ID}:{artifact_id}:{version}")
    else:
        try:
            ET.fromstring(data)
        except ET.ParseError as e:
            problems.add(f"{name}: not XML ({e})")


def verify_signature(directory, name, data, signature, gnupghome, fingerprint, problems):
    with open(os.path.join(directory, "file"), "wb") as f:
        f.write(data)
    with open(os.path.join(directory, "file.asc"), "wb") as f:
        f.write(signature)
    result = subprocess.run(["gpg", "--homedir", gnupghome, "--batch", "--status-fd", "1", "--verify",
                             os.path.join(directory, "file.asc"), os.path.join(directory, "file")],
                            capture_output=True, text=True)
    signed_by = [line.split()[2] for line in result.stdout.splitlines() if line.startswith("[GNUPG:] VALIDSIG")]
    if result.returncode != 0 or signed_by != [fingerprint]:
        problems.add(f"{name}.asc: does not verify with key {fingerprint} "
                     f"({(result.stderr.strip().splitlines() or ['no output'])[-1]})")


def bundle_problems(root, bundle_bytes, version, scratch, upload=None, gnupghome=None, fingerprint=None):
    """Every way the bundle falls short of what Central requires and this project promises."""
    problems = Problems()
    reactor = read_reactor(root)
    ids = published_ids(reactor)
    published = [m for m in reactor if m.artifact_id in ids]
    with open(os.path.join(root, "LICENSE"), "rb") as f:
        license_bytes = f.read()
    bundle = zipfile.ZipFile(io.BytesIO(bundle_bytes))
    entries = {n: bundle.read(n) for n in bundle.namelist() if not n.endswith("/")}
    base = GROUP_ID.replace(".", "/")
    signed = gnupghome is not None

    # What Central requires of each published artifact, and what this project adds (the SBOM).
    primary = {}
    for m in published:
        prefix = f"{base}/{m.artifact_id}/{version}/{m.artifact_id}-{version}"
        primary[f"{prefix}.pom"] = ("pom", m.artifact_id)
        primary[f"{prefix}-cyclonedx.json"] = ("sbom", m.artifact_id)
        primary[f"{prefix}-cyclonedx.xml"] = ("sbom", m.artifact_id)
        if m.packaging != "pom":
            primary[f"{prefix}.jar"] = ("main", m.artifact_id)
            primary[f"{prefix}-sources.jar"] = ("sources", m.artifact_id)
            primary[f"{prefix}-javadoc.jar"] = ("javadoc", m.artifact_id)
    required, allowed = set(primary), set(primary)
    for name in primary:
        required.update(f"{name}.{c}" for c in REQUIRED_CHECKSUMS)
        allowed.update(f"{name}.{c}" for c in CHECKSUMS)
        if signed:
            required.add(f"{name}.asc")  # the plugin checksums no signature, nor does Central ask it to
            allowed.add(f"{name}.asc")
    for name in sorted(required - set(entries)):
        problems.add(f"missing from the bundle: {name}")
    for name in sorted(set(entries) - allowed):
        problems.add(f"in the bundle but not expected (an internal module? a signature without a key?): {name}")

    for name, data in entries.items():
        stem, _, algorithm = name.rpartition(".")
        if algorithm in CHECKSUMS and stem in entries:
            declared = data.decode("ascii", "replace").split()[0] if data.strip() else ""
            if declared != CHECKSUMS[algorithm](entries[stem]).hexdigest():
                problems.add(f"{name}: wrong checksum")

    pom_of = {}
    for name, (kind, artifact_id) in primary.items():
        if kind == "pom" and name in entries:
            try:
                pom_of[artifact_id] = ET.fromstring(entries[name])
            except ET.ParseError as e:
                problems.add(f"{name}: not XML ({e})")
    for artifact_id in sorted(pom_of):
        check_pom_metadata(pom_of, artifact_id, version, problems)

    os.makedirs(scratch, exist_ok=True)
    for name, (kind, artifact_id) in sorted(primary.items()):
        if name not in entries:
            continue
        if kind in ("main", "sources", "javadoc"):
            check_jar(name, entries[name], kind, license_bytes, problems)
        elif kind == "sbom":
            check_sbom(name, entries[name], artifact_id, version, problems)
        if signed and f"{name}.asc" in entries:
            verify_signature(scratch, name, entries[name], entries[f"{name}.asc"], gnupghome, fingerprint, problems)

    # The bytes the plugin sent to the Portal are the bundle checked here.
    if upload is not None and upload.count(bundle_bytes) != 1:
        problems.add("the upload the stand-in Portal received does not carry this bundle")
    return problems, primary, entries


def check_bundle(args):
    with open(args.bundle, "rb") as f:
        bundle_bytes = f.read()
    upload = None
    if args.upload:
        with open(args.upload, "rb") as f:
            upload = f.read()
    problems, primary, entries = bundle_problems(args.root, bundle_bytes, args.version, args.scratch, upload,
                                                 args.gnupghome, args.fingerprint)
    problems.exit_if_any(f"bundle {args.bundle}")
    artifacts = sorted({artifact_id for _, artifact_id in primary.values()})
    signed = args.gnupghome is not None
    print(f"bundle {args.bundle}: {len(bundle_bytes)} bytes, {len(entries)} files for {len(artifacts)} published "
          f"artifacts; metadata, licence in every jar, SBOMs, checksums{' and signatures' if signed else ''} "
          f"verified{'' if signed else ' (no signatures: no key)'}; the upload carried this bundle")
    print(f"  {'file':<56} {'bytes':>8}")
    for name in sorted(primary):
        print(f"  {name.rsplit('/', 1)[-1]:<56} {len(entries[name]):>8}")


def bundle_entries(path):
    bundle = zipfile.ZipFile(path)
    # Signatures carry the time of signing; everything else must be the same bytes.
    return {n: bundle.read(n) for n in bundle.namelist() if not n.endswith("/") and ".asc" not in n}


def comparison_problems(first, second):
    problems = Problems()
    for name in sorted(set(first) ^ set(second)):
        problems.add(f"only in {'the first' if name in first else 'the second'} build: {name}")
    for name in sorted(set(first) & set(second)):
        if first[name] != second[name]:
            problems.add(f"differs between the two builds: {name} "
                         f"(sha256 {sha256(first[name])[:16]}... vs {sha256(second[name])[:16]}...)")
    return problems


def compare(args):
    first, second = bundle_entries(args.first), bundle_entries(args.second)
    comparison_problems(first, second).exit_if_any("reproducibility")
    files = [n for n in first if n.rsplit(".", 1)[-1] not in CHECKSUMS]
    jars = sorted(n for n in files if n.endswith(".jar"))
    print(f"reproducible: the {len(files)} published files of the two builds (the {len(jars)} jars - main, "
          f"sources and javadoc of every published artifact - POMs and SBOMs) are byte for byte the same")
    for name in jars:
        print(f"  {sha256(first[name])}  {name.rsplit('/', 1)[-1]}")


# -------------------------------------------------------------------------------------- self-test

def rezip(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return out.getvalue()


def without_entry(jar_bytes, entry):
    jar = zipfile.ZipFile(io.BytesIO(jar_bytes))
    return rezip({n: jar.read(n) for n in jar.namelist() if n != entry})


def selftest(args):
    """The bundle check and the comparison refuse broken bundles: each mutation of the good bundle
    must be reported with the expected words, or the check itself is broken."""
    with open(args.bundle, "rb") as f:
        good_bytes = f.read()
    good_zip = zipfile.ZipFile(io.BytesIO(good_bytes))
    good = {n: good_zip.read(n) for n in good_zip.namelist() if not n.endswith("/")}
    base = GROUP_ID.replace(".", "/")
    v = args.version

    def path(artifact_id, suffix):
        return f"{base}/{artifact_id}/{v}/{artifact_id}-{v}{suffix}"

    core_jar, core_pom, bom_pom = path("nhncloud-result-core", ".jar"), path("nhncloud-result-core", ".pom"), \
        path("nhncloud-result-bom", ".pom")

    def mutate(change):
        entries = dict(good)
        change(entries)
        return entries

    def drop(name):
        return lambda e: e.pop(name)

    def put(name, data):
        return lambda e: e.__setitem__(name, data)

    def edit(name, old, new):
        def change(e):
            assert old.encode() in e[name], f"self-test out of date: {old!r} not in {name}"
            e[name] = e[name].replace(old.encode(), new.encode(), 1)
        return change

    def strip(name, pattern):
        def change(e):
            text_before = e[name].decode()
            assert re.search(pattern, text_before, re.S), f"self-test out of date: {pattern!r} not in {name}"
            e[name] = re.sub(pattern, "", text_before, count=1, flags=re.S).encode()
        return change

    cases = [
        ("no javadoc jar", drop(path("nhncloud-result-core", "-javadoc.jar")), "missing from the bundle"),
        ("an internal module's jar", put(path("nhncloud-result-cli", ".jar"), good[core_jar]), "not expected"),
        ("a wrong checksum", put(core_jar + ".sha1", b"0" * 40), "wrong checksum"),
        ("a jar without its licence", put(core_jar, without_entry(good[core_jar], "META-INF/LICENSE")),
         "no META-INF/LICENSE"),
        ("a POM without description", strip(core_pom, r"<description>.*?</description>"), "no description"),
        ("a SNAPSHOT dependency", edit(core_pom, f"<version>{v}</version>", f"<version>{v}-SNAPSHOT</version>"),
         "SNAPSHOT"),
        ("no scm anywhere", edit(bom_pom, "<scm ", "<notscm "), "no scm url"),
        ("a url that children would extend", edit(bom_pom, 'child.project.url.inherit.append.path="false"', ""),
         "would append"),
        ("the parent left out", drop(path("nhncloud-result-parent", ".pom")), "not in the bundle"),
    ]
    if args.gnupghome:
        jar_asc, pom_asc = core_jar + ".asc", core_pom + ".asc"
        cases.append(("a signature of another file", put(jar_asc, good[pom_asc]), "does not verify"))
    failures = []
    for title, change, words in cases:
        problems, _, _ = bundle_problems(args.root, rezip(mutate(change)), v, args.scratch,
                                         gnupghome=args.gnupghome, fingerprint=args.fingerprint)
        if not any(words in item for item in problems.items):
            failures.append(f"{title}: expected a problem with '{words}', got {problems.items[:3]}")
    changed = mutate(put(core_jar, good[core_jar] + b"\0"))
    if not any("differs" in item for item in comparison_problems(good, changed).items):
        failures.append("a changed jar: the comparison did not report it")
    if bundle_problems(args.root, good_bytes, v, args.scratch, gnupghome=args.gnupghome,
                       fingerprint=args.fingerprint)[0].items:
        failures.append("the good bundle itself does not pass")
    if failures:
        print("FAILED: the release check's self-test:", file=sys.stderr)
        for failure in failures:
            print(f"  - {failure}", file=sys.stderr)
        sys.exit(1)
    print(f"self-test: the bundle check refuses each of {len(cases)} broken bundles "
          f"({'; '.join(title for title, _, _ in cases)}), and the comparison a changed jar")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("modules").add_argument("root")
    commands.add_parser("version").add_argument("root")
    commands.add_parser("portal").add_argument("directory")
    bundle = commands.add_parser("bundle")
    bundle.add_argument("--root", required=True, help="the clone that built the bundle")
    bundle.add_argument("--bundle", required=True)
    bundle.add_argument("--version", required=True)
    bundle.add_argument("--scratch", required=True, help="a directory for temporary files")
    bundle.add_argument("--upload", help="what the stand-in Portal received")
    bundle.add_argument("--gnupghome", help="keyring to verify signatures with; none: expect no signatures")
    bundle.add_argument("--fingerprint", help="the key that must have signed")
    comparison = commands.add_parser("compare")
    comparison.add_argument("first")
    comparison.add_argument("second")
    test = commands.add_parser("selftest")
    for option in ("--root", "--bundle", "--version", "--scratch"):
        test.add_argument(option, required=True)
    test.add_argument("--gnupghome")
    test.add_argument("--fingerprint")
    args = parser.parse_args()
    if args.command == "modules":
        check_modules(args.root)
    elif args.command == "version":
        print_version(args.root)
    elif args.command == "portal":
        serve_portal(args.directory)
    elif args.command == "bundle":
        check_bundle(args)
    elif args.command == "selftest":
        selftest(args)
    else:
        compare(args)


if __name__ == "__main__":
    main()
