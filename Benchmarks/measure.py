"""Running geokg from the benchmarks: failures stop the benchmark loudly, and wall time and peak memory are
those of the one process measured.

/usr/bin/time reports the rusage of the one command it runs, so the peak is that process's own: reading
RUSAGE_CHILDREN instead would give the largest of all the children the script has waited for so far (a
converter, another geokg run).
"""
import subprocess
import sys
import tempfile


def run(command, stdout=subprocess.PIPE, text=True):
    """Runs `command` with its standard error captured, and its standard output unless `stdout` says
    otherwise, as text unless `text` is false; exits 1 with the command and its standard error when it
    fails."""
    done = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, text=text)
    if done.returncode != 0:
        stderr = done.stderr if text else done.stderr.decode(errors="replace")
        sys.exit(f"failed with exit code {done.returncode}: {' '.join(command)}\n{stderr}")
    return done


def timed(command):
    """Runs `command` under /usr/bin/time with its output discarded; returns (seconds, peak resident MB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        run(["/usr/bin/time", "-f", "%e %M", "-o", report.name] + command, stdout=subprocess.DEVNULL)
        seconds, kilobytes = report.read().split()
    return float(seconds), int(kilobytes) / 1024
