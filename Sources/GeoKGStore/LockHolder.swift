#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which process holds a store's write lock, for the message of a writer that gave up waiting.
///
/// SQLite takes POSIX advisory locks: in WAL mode a writer holds byte 120 of the `-shm` file; while a store is
/// created (before WAL mode) a writer holds the RESERVED byte of the database file. Linux lists every such
/// lock in `/proc/locks` with its process id, so the holder is found there, without opening the store's
/// files: closing any descriptor of a file would drop this process's own SQLite locks on it.
enum LockHolder {
    /// The byte of the `-shm` file a WAL writer locks.
    static let walWriteByte = 120
    /// The byte of the database file a writer locks before WAL mode (SQLite's RESERVED byte).
    static let reservedByte = 0x4000_0001

    /// "process 1234 (geokg import b.nt)" for the holder of the write lock of the store at `path`, or nil when
    /// no lock is listed (it was just released, or the system has no `/proc/locks`).
    static func describe(storeAt path: String) -> String? {
        guard let table = readText("/proc/locks") else { return nil }
        let candidates = [(path + "-shm", walWriteByte), (path, reservedByte)]
        for (file, byte) in candidates {
            var info = stat()
            guard stat(file, &info) == 0 else { continue }
            if let pid = writer(in: table, inode: UInt64(info.st_ino), byte: byte) {
                return describe(process: pid)
            }
        }
        return nil
    }

    /// The process holding a write lock over `byte` of the file with inode `inode`, in the text of
    /// `/proc/locks` ("1: POSIX  ADVISORY  WRITE 1234 fd:01:56789 120 120"; waiters' lines hold "->").
    static func writer(in table: String, inode: UInt64, byte: Int) -> Int32? {
        for line in table.split(separator: "\n") where !line.contains("->") {
            let fields = line.split(separator: " ")
            guard fields.count >= 8, fields[3] == "WRITE", let pid = Int32(fields[4]) else { continue }
            guard fields[5].split(separator: ":").last.flatMap({ UInt64($0) }) == inode,
                let start = Int(fields[6])
            else { continue }
            let end = fields[7] == "EOF" ? Int.max : Int(fields[7]) ?? -1
            if start <= byte && byte <= end { return pid }
        }
        return nil
    }

    /// "process 1234 (its command line)", or "another connection of this process" for our own id.
    static func describe(process pid: Int32) -> String {
        if pid == getpid() { return "another connection of this process" }
        guard let commandLine = readText("/proc/\(pid)/cmdline") else { return "process \(pid)" }
        let words = commandLine.split(separator: "\0").map(String.init)
        let program = words.first.map { String($0.split(separator: "/").last ?? Substring($0)) } ?? ""
        let shown = ([program] + words.dropFirst()).joined(separator: " ")
        return "process \(pid) (\(shown.count > 160 ? shown.prefix(157) + "..." : shown))"
    }

    /// The contents of a small text file such as those of `/proc`, or nil when it cannot be read.
    private static func readText(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
