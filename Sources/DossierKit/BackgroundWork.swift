import Foundation

// Work a build hands to threads of its own so that the user does not wait for it: cache files written,
// folders walked, memory given back.

/// What a process that exits after its build holds on to, so that none of it is freed before the exit.
enum ExitHold {
    nonisolated(unsafe) private static var held: [Any] = []
    private static let lock = NSLock()
    static func keep(_ values: [Any]) { lock.lock(); held.append(contentsOf: values); lock.unlock() }
}

/// A value handed to another thread that the caller no longer touches.
final class UncheckedBox<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}

/// Background writes of cache files, each waited for once.
final class PendingSaves: @unchecked Sendable {
    private var saves: [Background<Void>] = []
    private let lock = NSLock()
    func add(_ save: Background<Void>) { lock.lock(); saves.append(save); lock.unlock() }
    func wait() {
        lock.lock()
        let all = saves
        saves = []
        lock.unlock()
        for save in all { save.value() }
    }
}

/// Values a build made and no longer needs, to be freed where nobody waits for it.
final class Leftovers: @unchecked Sendable {
    private var values: [Any] = []
    private let lock = NSLock()
    func add(_ more: [Any]) { lock.lock(); values.append(contentsOf: more); lock.unlock() }

    /// Frees them on a thread of its own.
    func release() {
        lock.lock()
        let all = UncheckedBox(values)
        values = []
        lock.unlock()
        let thread = Thread { all.value = [] }
        thread.qualityOfService = .utility
        thread.start()
    }
}

/// Work started on a thread of its own, its value waited for when it is needed.
final class Background<T>: @unchecked Sendable {
    private var result: T?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> T) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the work; asked once.
    func value() -> T {
        done.wait()
        return result!
    }
}
