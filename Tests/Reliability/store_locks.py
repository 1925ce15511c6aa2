"""Who holds a geokg store's write lock right now, read from Linux's table of file locks (/proc/locks).

SQLite's writers lock byte 120 of the store's `-shm` file in WAL mode, and the RESERVED byte (0x40000001)
of the database file while the store is created. The reliability tests use this to prove that a kill
landed while a process was writing, and that two writers really contended for one store.
"""
import os

WAL_WRITE_BYTE = 120
RESERVED_BYTE = 0x40000001


def _inode(path):
    try:
        return os.stat(path).st_ino
    except FileNotFoundError:
        return None


def write_lock_holder(db):
    """The pid holding the write lock of the store `db`, or None."""
    targets = [(inode, byte) for inode, byte in ((_inode(db + "-shm"), WAL_WRITE_BYTE), (_inode(db), RESERVED_BYTE))
               if inode is not None]
    if not targets:
        return None
    with open("/proc/locks", encoding="ascii") as table:
        for line in table:
            fields = line.split()
            # "1: POSIX  ADVISORY  WRITE 1234 fd:01:56789 120 120"; waiters' lines carry "->".
            if "->" in fields or len(fields) < 8 or fields[3] != "WRITE":
                continue
            inode = int(fields[5].split(":")[-1])
            start, end = int(fields[6]), (float("inf") if fields[7] == "EOF" else int(fields[7]))
            if any(inode == target and start <= byte <= end for target, byte in targets):
                return int(fields[4])
    return None
