import Dispatch
public import GeoKGRDF

/// Adds the statements of one source to the store inside the store's open write transaction.
///
/// Statements are encoded to term ids, buffered, sorted and inserted in batches; a statement the store
/// already holds is skipped. Statements given as term numbers (`add(_:from:)`, the bulk path) are handed
/// in chunks to a writer thread, so that parsing and writing use two cores.
public final class BulkLoader {
    /// Statements in one chunk handed to the writer thread.
    static let chunkSize = 32_768

    private let writer: StatementWriter
    private var chunk = NumberedChunk()
    /// How many terms of the current `TermTable` generation went out with earlier chunks.
    private var termsSent = 0
    private var generationSent = -1
    private let handoff = Handoff<NumberedChunk>(capacity: 4)
    private var writerThread: DispatchGroup?
    /// Statements given to `add`.
    private(set) var received = 0

    init(connection: SQLiteConnection, dictionary: TermDictionary, blankNodeScope: String) throws(StoreError) {
        writer = try StatementWriter(connection: connection, dictionary: dictionary, blankNodeScope: blankNodeScope)
    }

    /// Statements that were new to the store (valid after `finish`).
    var added: Int { writer.added }
    /// Statements of the facts graph left out: it is computed, never loaded.
    var leftOut: Int { writer.leftOut }

    /// Adds one statement.
    /// - Throws: `StoreError` when the database refuses it.
    public func add(_ quad: Quad) throws(StoreError) {
        try drain()
        try writer.write(quad)
        received += 1
    }

    /// Adds one statement given as term numbers of `table`; each distinct term is looked up in the store once.
    /// - Throws: `StoreError` when the writer thread failed on an earlier chunk.
    public func add(_ quad: NumberedQuad, from table: TermTable) throws(StoreError) {
        if table.generation != generationSent {
            // The table started over: statements numbered in the old generation go out on their own.
            if !chunk.statements.isEmpty { try send() }
            chunk.generation = table.generation
            generationSent = table.generation
            termsSent = 0
        }
        if table.terms.count > termsSent {
            chunk.newTerms.append(contentsOf: table.terms[termsSent...])
            termsSent = table.terms.count
        }
        chunk.statements.append(quad)
        received += 1
        if chunk.statements.count >= BulkLoader.chunkSize { try send() }
    }

    /// Writes everything still buffered; the loader is done after it.
    func finish() throws(StoreError) {
        try drain()
        try writer.flush()
    }

    /// Hands the current chunk to the writer thread, starting it on first use.
    private func send() throws(StoreError) {
        if let failure = writer.failure { throw failure }
        if writerThread == nil {
            let group = DispatchGroup()
            let work = UncheckedSendable((writer, handoff))
            DispatchQueue.global().async(group: group) {
                let (writer, handoff) = work.value
                while let chunk = handoff.take() { writer.write(chunk) }
            }
            writerThread = group
        }
        handoff.put(chunk)
        chunk = NumberedChunk(generation: chunk.generation)
    }

    /// Sends what is left, waits for the writer thread to finish, and reports its failure.
    private func drain() throws(StoreError) {
        if !chunk.statements.isEmpty || !chunk.newTerms.isEmpty { try send() }
        if let group = writerThread {
            handoff.close()
            group.wait()
            writerThread = nil
        }
        if let failure = writer.failure { throw failure }
    }

    /// Stops the writer thread without writing what is left, so that the transaction can be rolled back.
    func abandon() {
        chunk = NumberedChunk()
        try? drain()
    }
}

/// Statements as term numbers, with the terms first numbered since the previous chunk.
struct NumberedChunk {
    var generation = 0
    var newTerms: [Term] = []
    var statements: [NumberedQuad] = []
}

/// Encodes statements to ids and inserts them in sorted batches; runs on one thread at a time.
final class StatementWriter {
    /// Statements buffered before a batch is written (32 bytes each).
    static let batchSize = 500_000
    /// Rows per multi-row INSERT: one statement step per this many rows instead of one per row.
    static let rowsPerInsert = 64

    private let dictionary: TermDictionary
    private let insertQuad: SQLiteStatement
    private let insertQuads: SQLiteStatement
    private let connection: SQLiteConnection
    /// The prefix that keeps the blank nodes of one source apart from another's.
    var blankNodeScope: String
    private var batch: [EncodedQuad] = []
    /// The ids of the predicates met: a few dozen IRIs, looked up here by their text alone. A writer lives within
    /// one transaction, so the ids stay valid.
    private var predicateIDs: [IRI: Int64] = [:]
    /// Store ids of the current `TermTable` generation's terms, by term number.
    private var numberedIDs: [Int64] = []
    private var generation = 0
    private(set) var added = 0
    /// Statements of the facts graph left out.
    private(set) var leftOut = 0
    /// The first error met on the writer thread; later chunks are skipped.
    private(set) var failure: StoreError?

    init(connection: SQLiteConnection, dictionary: TermDictionary, blankNodeScope: String) throws(StoreError) {
        self.connection = connection
        self.dictionary = dictionary
        self.blankNodeScope = blankNodeScope
        insertQuad = try connection.prepare("INSERT OR IGNORE INTO quads(s, p, o, g) VALUES (?, ?, ?, ?)")
        insertQuads = try connection.prepare(
            "INSERT OR IGNORE INTO quads(s, p, o, g) VALUES "
                + Array(repeating: "(?, ?, ?, ?)", count: StatementWriter.rowsPerInsert).joined(separator: ", "))
        batch.reserveCapacity(StatementWriter.batchSize)
    }

    /// Encodes and buffers one statement.
    func write(_ quad: Quad) throws(StoreError) {
        try write(
            quad, graph: try quad.graph.map { term throws(StoreError) in try id(term) } ?? StoreSchema.defaultGraph)
    }

    /// Encodes and buffers one statement into the graph whose id is `graph` (its own graph is not read); returns it
    /// encoded.
    @discardableResult
    func write(_ quad: Quad, graph: Int64) throws(StoreError) -> EncodedQuad {
        let predicate: Int64
        if let known = predicateIDs[quad.predicate] {
            predicate = known
        } else {
            predicate = try id(.iri(quad.predicate))
            predicateIDs[quad.predicate] = predicate
        }
        let encoded = EncodedQuad(s: try id(quad.subject), p: predicate, o: try id(quad.object), g: graph)
        try write(encoded)
        return encoded
    }

    /// Buffers a statement already encoded.
    func write(_ quad: EncodedQuad) throws(StoreError) {
        append(quad)
        if batch.count >= StatementWriter.batchSize { try flush() }
    }

    /// Encodes and buffers a chunk; a failure is kept in `failure`, since the thread has no caller to throw to.
    func write(_ chunk: NumberedChunk) {
        guard failure == nil else { return }
        do throws(StoreError) {
            if chunk.generation != generation {
                numberedIDs.removeAll(keepingCapacity: true)
                generation = chunk.generation
            }
            for term in chunk.newTerms { numberedIDs.append(try id(term)) }
            for quad in chunk.statements {
                append(
                    EncodedQuad(
                        s: numberedIDs[quad.subject], p: numberedIDs[quad.predicate], o: numberedIDs[quad.object],
                        g: quad.graph.map { numberedIDs[$0] } ?? StoreSchema.defaultGraph))
            }
            if batch.count >= StatementWriter.batchSize { try flush() }
        } catch {
            failure = error
        }
    }

    /// Writes the buffered terms, and the buffered statements in key order.
    func flush() throws(StoreError) {
        try dictionary.writePending()
        // The facts graph is computed from the reports (geokg consolidate), never loaded: an export read back
        // carries it, and its statements are counted and left out.
        if let graph = try dictionary.existingID(for: StoredTerm(.iri(ComputedGraphs.facts), blankNodeScope: "")) {
            let before = batch.count
            batch.removeAll { $0.g == graph }
            leftOut += before - batch.count
        }
        batch.sort()
        let rows = StatementWriter.rowsPerInsert
        var start = 0
        while start < batch.count {
            let statement = batch.count - start >= rows ? insertQuads : insertQuad
            let count = statement === insertQuads ? rows : 1
            statement.reset()
            for (offset, quad) in batch[start..<(start + count)].enumerated() {
                let base = Int32(offset * 4)
                statement.bind(quad.s, at: base + 1)
                statement.bind(quad.p, at: base + 2)
                statement.bind(quad.o, at: base + 3)
                statement.bind(quad.g, at: base + 4)
            }
            _ = try statement.step()
            added += connection.changes
            start += count
        }
        batch.removeAll(keepingCapacity: true)
    }

    private func append(_ quad: EncodedQuad) {
        batch.append(quad)
    }

    private func id(_ term: Term) throws(StoreError) -> Int64 {
        try dictionary.id(for: StoredTerm(term, blankNodeScope: blankNodeScope))
    }
}

/// A statement as four term ids, ordered as the clustered key (s, p, o, g).
struct EncodedQuad: Comparable {
    let s: Int64
    let p: Int64
    let o: Int64
    let g: Int64

    static func < (a: EncodedQuad, b: EncodedQuad) -> Bool {
        (a.s, a.p, a.o, a.g) < (b.s, b.p, b.o, b.g)
    }
}
