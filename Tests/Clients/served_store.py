"""A geokg store made from the bundled samples (with, on request, an entity whose label is hostile markup), and
`geokg serve` over it, for the tests of what clients and other tools do with geokg.

`sample_store(geokg, folder)` ingests Samples/articles and imports Samples/*.nt (plus any extra N-Triples) into a
new store; `Server` starts `geokg serve --port 0` on it, learns its address from the line it prints, and stops
it with a signal, returning its exit code and everything it wrote on standard error.
"""
import glob
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Failures(list):
    """The failures a test found, each said on standard error as it is found."""

    def check(self, condition, message):
        if not condition:
            self.append(message)
            print("FAILED:", message, file=sys.stderr)


def run(command, **kwargs):
    """Runs `command`, failing loudly with its output when it fails."""
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)
    if done.returncode != 0:
        raise AssertionError(f"{' '.join(command)} exited {done.returncode}:\n{done.stderr}")
    return done.stdout


def sample_store(geokg, folder, extra_ntriples=()):
    """A new store in `folder` holding the sample articles and triples; returns its path."""
    store = os.path.join(folder, "served.sqlite")
    run([geokg, "ingest", "--db", store, os.path.join(ROOT, "Samples", "articles")])
    run([geokg, "import", "--db", store] + sorted(glob.glob(os.path.join(ROOT, "Samples", "*.nt"))) + list(extra_ntriples))
    return store


HOSTILE_LABEL = "<script>window.hacked=1</script><img src=x onerror=\"window.hacked=2\"> 'quoted' \u202eevil\u202c"
HOSTILE = "https://w3id.org/geokg/entity/HostileLabel"


def hostile_triples(folder):
    """An organization whose label is markup, with a relation to China, as N-Triples."""
    path = os.path.join(folder, "hostile.nt")
    label = HOSTILE_LABEL.replace("\\", "\\\\").replace("\"", "\\\"")
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"<{HOSTILE}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                  "<https://w3id.org/geokg/ontology#Organization> .\n")
        out.write(f"<{HOSTILE}> <http://www.w3.org/2000/01/rdf-schema#label> \"{label}\" .\n")
        out.write(f"<{HOSTILE}> <https://w3id.org/geokg/ontology#criticizes> <https://w3id.org/geokg/entity/China> .\n")
    return path


class Server:
    """`geokg serve` on `store`, on a free loopback port, with `options` added."""

    def __init__(self, geokg, store, *options):
        self.log_path = store + f".serve-{time.monotonic_ns()}.log"
        self.log = open(self.log_path, "w+")
        self.process = subprocess.Popen([geokg, "serve", "--db", store, "--port", "0", *options],
                                        stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.monotonic() + 30
        self.base = None
        while self.base is None:
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"geokg serve did not start:\n{self.stderr()}")
            found = re.search(r"at (http://[^/ ]+)/", self.stderr())
            if found:
                self.base = found.group(1)
            else:
                time.sleep(0.05)

    def stderr(self):
        with open(self.log_path) as log:
            return log.read()

    def url(self, path):
        return self.base + path

    def get(self, path, accept=None):
        """(status, headers, body bytes) of a GET; error statuses are returned, not raised."""
        return self.request(urllib.request.Request(self.url(path), headers={"Accept": accept} if accept else {}))

    def request(self, request):
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def stop(self, sig=signal.SIGTERM):
        """Sends `sig` and waits for the server to end; returns its exit code."""
        self.process.send_signal(sig)
        try:
            code = self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise AssertionError("geokg serve did not stop within 30 s of the signal")
        self.log.close()
        return code
