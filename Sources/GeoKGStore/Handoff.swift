import Dispatch

/// A bounded queue from one producer thread to one consumer thread: `put` waits while it is full,
/// `take` waits while it is empty and returns `nil` once it is closed and drained.
package final class Handoff<Element>: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private let slots: DispatchSemaphore
    private let items = DispatchSemaphore(value: 0)
    private var queue: [Element] = []
    private var head = 0

    package init(capacity: Int) {
        slots = DispatchSemaphore(value: capacity)
    }

    /// Adds `element`, waiting for room.
    package func put(_ element: Element) {
        slots.wait()
        lock.wait()
        queue.append(element)
        lock.signal()
        items.signal()
    }

    /// The next element, waiting for one; `nil` after `close` once every element was taken.
    package func take() -> Element? {
        items.wait()
        lock.wait()
        defer { lock.signal() }
        guard head < queue.count else { return nil }  // woken by `close`
        let element = queue[head]
        head += 1
        if head == queue.count {
            queue.removeAll(keepingCapacity: true)
            head = 0
        }
        slots.signal()
        return element
    }

    /// Tells the consumer that nothing more will come: its `take` returns `nil` once the queue is empty.
    /// The handoff can be used again after that `nil`.
    package func close() {
        items.signal()
    }
}

/// Carries a value the caller guarantees is used by one thread at a time across a thread boundary.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }
}
