import CSQLite

/// SQLite's marker that returned text must be copied.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A scalar function defined in Swift, kept alive by SQLite until the connection closes.
final class ScalarFunction {
    let body: ([SQLValue]) -> SQLValue
    init(_ body: @escaping ([SQLValue]) -> SQLValue) { self.body = body }
}

/// An aggregate function defined in Swift: `make` gives a fresh state per group.
final class AggregateFunction {
    let make: () -> any SQLAggregate
    init(_ make: @escaping () -> any SQLAggregate) { self.make = make }
}

/// The running state of one group of an aggregate function defined in Swift.
package protocol SQLAggregate: AnyObject {
    /// Takes the group's next row.
    func step(_ arguments: [SQLValue])
    /// The group's result.
    func finish() -> SQLValue
}

extension SQLiteConnection {
    /// Defines the SQL function `name` taking `arity` arguments (-1: any number).
    func defineFunction(_ name: String, arity: Int32, _ body: @escaping ([SQLValue]) -> SQLValue) throws(StoreError) {
        let box = Unmanaged.passRetained(ScalarFunction(body)).toOpaque()
        let code = sqlite3_create_function_v2(
            handle, name, arity, SQLITE_UTF8 | SQLITE_DETERMINISTIC, box,
            { context, count, values in
                let function = Unmanaged<ScalarFunction>.fromOpaque(sqlite3_user_data(context)).takeUnretainedValue()
                setResult(context, function.body(arguments(count, values)))
            },
            nil, nil, { box in box.map { Unmanaged<ScalarFunction>.fromOpaque($0).release() } })
        guard code == SQLITE_OK else { throw error(sql: nil) }
    }

    /// Defines the SQL aggregate function `name` taking `arity` arguments.
    func defineAggregate(_ name: String, arity: Int32, _ make: @escaping () -> any SQLAggregate) throws(StoreError) {
        let box = Unmanaged.passRetained(AggregateFunction(make)).toOpaque()
        let code = sqlite3_create_function_v2(
            handle, name, arity, SQLITE_UTF8 | SQLITE_DETERMINISTIC, box, nil,
            { context, count, values in
                state(context, creating: true)?.step(arguments(count, values))
            },
            { context in
                let aggregate = state(context, creating: false)
                setResult(context, (aggregate ?? makeState(context)).finish())
                releaseState(context)
            },
            { box in box.map { Unmanaged<AggregateFunction>.fromOpaque($0).release() } })
        guard code == SQLITE_OK else { throw error(sql: nil) }
    }
}

/// The text of `count` UTF-8 bytes at `bytes`.
private func text(_ bytes: UnsafeRawPointer?, _ count: Int) -> String {
    guard let bytes else { return "" }
    return String(decoding: UnsafeRawBufferPointer(start: bytes, count: count), as: UTF8.self)
}

/// A function's arguments as Swift values.
private func arguments(_ count: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?) -> [SQLValue] {
    guard let values else { return [] }
    return (0..<Int(count)).map { index in
        let value = values[index]
        switch sqlite3_value_type(value) {
        case SQLITE_INTEGER: return .integer(sqlite3_value_int64(value))
        case SQLITE_FLOAT: return .real(sqlite3_value_double(value))
        case SQLITE_NULL: return .null
        default: return .text(text(sqlite3_value_text(value), Int(sqlite3_value_bytes(value))))
        }
    }
}

/// Hands `value` back to SQLite as a function's result.
private func setResult(_ context: OpaquePointer?, _ value: SQLValue) {
    switch value {
    case .null: sqlite3_result_null(context)
    case .integer(let number): sqlite3_result_int64(context, number)
    case .real(let number): sqlite3_result_double(context, number)
    case .text(let text):
        text.withCString { cString in
            sqlite3_result_text(context, cString, Int32(text.utf8.count), transient)
        }
    }
}

/// The aggregate state SQLite keeps for the current group: a retained Swift object behind one pointer.
private func state(_ context: OpaquePointer?, creating: Bool) -> (any SQLAggregate)? {
    let size = Int32(creating ? MemoryLayout<UnsafeMutableRawPointer?>.size : 0)
    guard let slot = sqlite3_aggregate_context(context, size)?.assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
    else { return nil }
    if let existing = slot.pointee {
        return Unmanaged<AggregateBox>.fromOpaque(existing).takeUnretainedValue().state
    }
    guard creating else { return nil }
    let aggregate = makeState(context)
    slot.pointee = Unmanaged.passRetained(AggregateBox(aggregate)).toOpaque()
    return aggregate
}

/// A fresh state from the function's factory, for a group (or an empty input).
private func makeState(_ context: OpaquePointer?) -> any SQLAggregate {
    Unmanaged<AggregateFunction>.fromOpaque(sqlite3_user_data(context)).takeUnretainedValue().make()
}

/// Releases the group's state after its result is given.
private func releaseState(_ context: OpaquePointer?) {
    guard let slot = sqlite3_aggregate_context(context, 0)?.assumingMemoryBound(to: UnsafeMutableRawPointer?.self),
        let existing = slot.pointee
    else { return }
    Unmanaged<AggregateBox>.fromOpaque(existing).release()
    slot.pointee = nil
}

/// Holds an aggregate state as a class, so that one pointer can keep it.
private final class AggregateBox {
    let state: any SQLAggregate
    init(_ state: any SQLAggregate) { self.state = state }
}
