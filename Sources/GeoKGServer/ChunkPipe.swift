import Dispatch
import Foundation
import HummingbirdCore
import NIOCore

/// Bytes made on a worker thread and sent to a client as they come, with at most a few chunks waiting: a slow
/// client slows the worker instead of filling memory, and a client that leaves stops it.
final class ChunkPipe: @unchecked Sendable {
    /// How many bytes a chunk gathers before it is sent.
    static let chunkSize = 64 * 1024
    /// How many chunks may wait for the client.
    private static let waiting = 4

    /// The chunks, for the response body.
    let chunks: AsyncThrowingStream<ByteBuffer, any Error>
    private let continuation: AsyncThrowingStream<ByteBuffer, any Error>.Continuation
    private let space = DispatchSemaphore(value: ChunkPipe.waiting)
    private let lock = NSLock()
    private var abandoned = false
    private var pending: [UInt8] = []

    init() {
        (chunks, continuation) = AsyncThrowingStream.makeStream(bufferingPolicy: .unbounded)
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            lock.withLock { abandoned = true }
            for _ in 0..<Self.waiting { space.signal() }
        }
    }

    /// Takes `bytes` to send, sending a chunk once enough has gathered.
    /// - Throws: `ClientGone` when the client stopped reading.
    func write(_ bytes: [UInt8]) throws {
        pending.append(contentsOf: bytes)
        if pending.count >= Self.chunkSize { try send() }
    }

    /// Sends what is left and ends the body, with `error` when the work failed.
    func finish(throwing error: (any Error)? = nil) {
        if error == nil { try? send() }
        continuation.finish(throwing: error)
    }

    /// The response body that sends the chunks, each making room for another once taken.
    var body: ResponseBody {
        ResponseBody { writer in
            for try await chunk in self.chunks {
                self.space.signal()
                try await writer.write(chunk)
            }
            try await writer.finish(nil)
        }
    }

    private func send() throws {
        guard !pending.isEmpty else { return }
        space.wait()
        if lock.withLock({ abandoned }) { throw ClientGone() }
        continuation.yield(ByteBuffer(bytes: pending))
        pending.removeAll(keepingCapacity: true)
    }
}

/// The client stopped reading a streamed answer.
struct ClientGone: Error {}
